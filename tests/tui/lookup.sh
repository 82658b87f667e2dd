#!/bin/sh
# The word lookup: K opens a window over the lit sentence's pane with the
# sentence's words and their dictionary lines, cut to the window's columns;
# j/k choose a word, Enter lights its translations in the counterpart
# sentence; Esc closes the window. At 120x40 and 80x24, on the fixture
# dictionary.
. "$top_srcdir/tests/tui/lib.sh"

# edge_at COLUMN FIRST LAST: the window's right edge stands in COLUMN on rows FIRST to LAST.
edge_at() {
	r=$2
	while [ "$r" -le "$3" ]; do
		case "$(char_at "$1" "$r")" in
		│ | ┐ | ┘) ;;
		*) return 1 ;;
		esac
		r=$((r + 1))
	done
}

# status_starts TEXT: the status line starts with TEXT; wait_status_word polls for it.
status_starts() {
	case "$(status_line)" in
	"$1"*) return 0 ;;
	esac
	return 1
}

wait_status_word() {
	poll status_starts "$1"
}

start_tandem 120 40
open_meeting "Kalm"
wait_for "DE ·"
keys K
check "K without a lit sentence says why" \
	wait_for "K: no sentence is lit; ) lights one (look up the lit sentence's words in the dictionary)"
keys ')' ')'
wait_for "sentence 1/4 of ¶ 2"
keys K
check "K opens the window below the lit sentence, over its pane, from column 0" wait_column "┌─ German words" 0 19
check "  its top edge ends in column 57, where the German pane ends" [ "$(char_at 57 19)" = "┐" ]
check "  and the rule between the panes stays in column 59" [ "$(char_at 59 19)" = "│" ]
check "  the lit sentence above it stays in view" lit 18 0 "nahe standen."
check "  the first word is chosen, in reverse video" lit 20 1 "Alexander (not in the dictionary)"
check "  a word with a dictionary line lists it, indented" wait_column "betonen {vt} | betonend | betont" 3 23
check "  a line wider than the window is cut with … in its last column" [ "$(char_at 56 23)" = "…" ]
check "  so is a line with umlauts, by columns, not bytes" [ "$(char_at 56 31)" = "…" ]
check "    (the line of Völker)" wait_column "Volk {n} | Völker {pl} :: people; nation" 3 31
check "  and the right edge stands in column 57 on every row" edge_at 57 19 39
check "the status line says which word of how many, and the keys" \
	wait_status_word "word 1/17 · Enter lights its translations · Esc closes"
keys j j
check "j twice chooses the third word" poll lit 22 1 "betonte"
check "  and the status line counts it" poll status_starts "word 3/17"
keys Enter
check "Enter names the word's translation in the counterpart" wait_for "betonte → emphasized"
check "  and lights it there, underlined, in its column (82)" poll underlined 15 82 "emphasized"
check "  the rest of the counterpart stays lit around it" lit 15 92 " that despite the distance,"
check "  and the window stays open" screen_has "German words"
keys j j j j
check "four words on, Kalmückien" wait_status_word "word 7/17"
keys Enter
check "  Enter on it: no translation of it in the English sentence" \
	wait_for "Kalmückien: no translation of it in the English sentence"
check "  and nothing is underlined any more" poll nothing_lit 4
keys k k k k Enter
wait_for "betonte → emphasized"
keys Escape
check "Esc closes the window" wait_gone "German words"
check "  the reader's status line is back" wait_status_word "sentence 1/4 of ¶ 2"
check "  and the translation stays lit" underlined 15 82 "emphasized"
keys ')'
check "moving the cursor puts the translation out" poll nothing_lit 4

keys '(' Tab K
check "in the English pane K lists the English words, in a window over it (column 61)" \
	wait_column "┌─ English words" 61 23
keys j j Enter
check "  Enter on emphasized names its German translation" wait_for "emphasized → betonte"
check "  and underlines it in the German sentence (column 22)" poll underlined 15 22 "betonte"
keys q
check "q closes the window too" wait_gone "English words"
keys Escape Escape g q

start_tandem 80 24
open_meeting "Kalm"
wait_for "DE ·"
keys ')' ')' K
check "80x24: the window opens above the sentence, from column 0 of row 3" wait_column "┌─ German words" 0 3
check "  the sentence below it stays in view" lit 23 0 "und Erziehung immer nahe standen."
check "  the counterpart beside it too (column 41)" lit 19 41 "Aleksandr Lukashenko emphasized that"
check "  the right edge stands in column 37, where the German pane ends" edge_at 37 3 18
check "  and the rule in column 39" [ "$(char_at 39 10)" = "│" ]
check "  a wide line is cut with … in column 36" [ "$(char_at 36 7)" = "…" ]
check "  the window holds fewer rows than the words: ▼ in its bottom edge" [ "$(char_at 35 18)" = "▼" ]
keys G
check "80x24: G chooses the last word" wait_status_word "word 17/17"
check "  the window scrolled: it shows on the last row" poll lit 17 1 "standen (not in the dictionary)"
check "  and ▲ in its top edge says there are rows above" [ "$(char_at 35 3)" = "▲" ]
check "  the right edge still in column 37 on every row" edge_at 37 3 18
keys g
check "80x24: g goes back to the first word, shown on top" poll lit 4 1 "Alexander (not in the dictionary)"
keys Escape
check "80x24: Esc closes the window" wait_gone "German words"

finish
