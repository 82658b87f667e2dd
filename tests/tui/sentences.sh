#!/bin/sh
# The sentence cursor: ) and ( light a sentence of the focus pane in reverse
# video and its counterpart in the other; the status line says which; the
# panes scroll to keep both in view, synchronized or not; Tab takes the
# cursor to the counterpart; Esc puts it out. At 120x40 and 80x24.
. "$top_srcdir/tests/tui/lib.sh"

# status_starts TEXT: the status line starts with TEXT.
status_starts() {
	case "$(status_line)" in
	"$1"*) return 0 ;;
	esac
	return 1
}

wait_status() {
	poll status_starts "$1"
}

# row_unlit ROW: nothing is lit on screen row ROW.
row_unlit() {
	! lit_runs | grep -q "^$1 "
}

# lit_count: how many runs are lit.
lit_count() {
	lit_runs | wc -l | tr -d ' '
}

# lit_side_has left|right TEXT: a run lit in that pane holds TEXT (the rule's column splits them).
lit_side_has() {
	lit_runs | RULE=$2 SIDE=$1 TEXT=$3 perl -CSDA -ne '
		my ($row, $col, $text) = /^(\d+) (\d+) (.*)$/ or next;
		my $left = $col < $ENV{RULE};
		my $want = $ENV{TEXT};
		utf8::decode($want);
		$found = 1 if $left == ($ENV{SIDE} eq "left") && index($text, $want) >= 0;
		END { exit !$found }'
}

start_tandem 120 40
open_meeting "Kalm"
wait_for "DE ·"
check "no sentence is lit when the reader opens" nothing_lit
keys ')'
check ") says which sentence is lit: the first of paragraph 1" wait_status "sentence 1/1 of ¶ 1 · "
check "  it is lit from the German pane's first column" \
	wait_lit 3 0 "MINSK, 20. März (BelTA) - Bei einem Treffen mit dem"
check "  to its last line" lit 7 0 "festgestellt."
check "  and the English counterpart from the English pane's first column (61)" \
	lit 3 61 "Belarusian President Aleksandr Lukashenko has met with Head"
check "  to its full stop" lit 4 61 "of the Republic of Kalmykia of Russia Batu Khasikov."
check "  and nothing else: five German rows, two English ones" [ "$(lit_count)" = 7 ]

keys ')'
check ") lights the next sentence, the first of paragraph 2" wait_status "sentence 1/4 of ¶ 2 · "
check "  from its first column" wait_lit 15 0 "Alexander Lukaschenko betonte, dass trotz der Entfernung,"
check "  to its full stop in mid-row: the next sentence is not lit" lit 18 0 "nahe standen."
check "  and its counterpart ends at its own full stop, before “Our" \
	lit 16 61 "Belarus and Kalmykia have common history and values."
check "  paragraph 1 is not lit any more" row_unlit 3

keys ')'
check "the next sentence starts in mid-row, in its own column (14)" \
	wait_lit 18 14 "\"Unsere Vorfahren haben gemeinsam die"
check "  and its counterpart too (114 on the English side)" lit 16 114 "“Our"
check "  the status line counts it: sentence 2/4" wait_status "sentence 2/4 of ¶ 2 · "
keys '('
check "( goes back to sentence 1/4" wait_status "sentence 1/4 of ¶ 2 · "
check "  and lights it again" wait_lit 15 0 "Alexander Lukaschenko betonte, dass trotz der Entfernung,"

for i in 1 2 3 4 5 6 7 8 9 10; do keys ')'; done
check "ten sentences on, the panes have scrolled: sentence 4/4 of ¶ 4" wait_status "sentence 4/4 of ¶ 4 · "
check "  the lit sentence is on screen, to its last row above the status line" \
	wait_lit 39 0 "der belarussische Staatschef weiter."
check "  and so is its counterpart" lit 39 61 "familiar with them,” Aleksandr Lukashenko noted."

keys Tab
check "Tab takes the cursor to the counterpart, in the English pane" wait_status "sentence 4/4 of ¶ 5 · 36% · focus EN"
check "  which stays lit with its German counterpart" lit 39 61 "familiar with them,” Aleksandr Lukashenko noted."
check "  (the German side too)" lit 39 0 "der belarussische Staatschef weiter."
keys ')'
check ") now goes on in the English pane" wait_status "sentence 1/1 of ¶ 6 · "
check "  lighting its sentence" lit_side_has right 60 "At the same time, Belarus believes that it is high time to"
check "  and the German counterpart" lit_side_has left 60 "Gleichzeitig hält es die belarussische Seite für"

keys Escape
check "Esc puts the cursor out: nothing is lit" poll nothing_lit
check "  and the status line shows the paragraph again" wait_status "¶ "

keys s
wait_for "each on its own"
keys Tab ')'
check "with sync off, ) lights a sentence of the focus pane" wait_status "sentence "
check "  and still lights the counterpart in the other" lit_side_has right 60 ""
check "  (the German pane is lit too)" lit_side_has left 60 ""
keys s Escape

keys G ')'
check "after G the lit sentence is off screen: ) starts from the pane's top" wait_status "sentence 4/6 of ¶ 7 · "
check "  and scrolls one row back to show its start" wait_lit 4 51 "\"Ihre"
check "  and its counterpart" lit 3 91 "“You have a wealth of"
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do keys ')'; done
check "past the last sentence ) says so" wait_for "at the last sentence"
check "  and the last sentence stays lit, on screen" lit 39 0 "belarussische Staatsoberhaupt zusammengefasst."

keys Escape g q	# leaves Kalmykia at its start for the run at 80x24
open_meeting "Chabarowsk"
wait_for "DE ·"
keys ')'
check "a meeting in one language has no counterpart: ) says why" \
	wait_for "): this meeting has one language (light the next sentence and its counterpart)"
keys q

start_tandem 80 24
open_meeting "Kalm"
wait_for "DE ·"
keys ')'
check "80x24: ) lights the first sentence" wait_status "sentence 1/1 of ¶ 1 · "
check "  from the German pane's first column" wait_lit 3 0 "MINSK, 20. März (BelTA) - Bei einem"
check "  to its last row" lit 9 0 "festgestellt."
check "  and the counterpart from the English pane's first column (41)" lit 3 41 "Belarusian President Aleksandr"
check "  to its full stop" lit 6 41 "Khasikov."
keys ')'
check "80x24: the next sentence, on the screen's last text row" wait_status "sentence 1/4 of ¶ 2 · "
check "  lit to its end on row 23" wait_lit 23 0 "und Erziehung immer nahe standen."
check "  the counterpart too" lit 22 41 "values."
for i in 1 2 3 4 5 6; do keys ')'; done
check "80x24: six on, the panes scrolled along: sentence 3/3 of ¶ 3" wait_status "sentence 3/3 of ¶ 3 · "
check "  the lit sentence is on screen" wait_lit 23 0 "belarussische Staatschef."
check "  its counterpart too" lit 19 41 "“Yet, I am sure that a real economic"
keys Tab
check "80x24: Tab takes the cursor to the English counterpart" wait_status "sentence 3/4 of ¶ 4 · 27% · focus EN"
keys Escape
check "80x24: Esc puts it out" poll nothing_lit

finish
