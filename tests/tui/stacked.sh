#!/bin/sh
# The stacked reader: German above, English below, a horizontal rule between;
# the layout setting (stacked, auto), the panes in step, L, resizing.
. "$top_srcdir/tests/tui/lib.sh"

conf=$XDG_CONFIG_HOME/tandem
mkdir -p "$conf"

# rule_row: the screen row (from 1) of the horizontal rule, a row of ─ or - only.
rule_row() {
	screen | grep -nE '^(─+|-+)$' | head -n 1 | cut -d: -f1
}

# rule_across WIDTH: the horizontal rule spans the screen's width.
rule_across() {
	[ "$(screen | grep -E '^(─+|-+)$' | head -n 1 | perl -CSD -ne 'chomp; print length')" = "$1" ]
}

# in_half top|bottom TEXT: TEXT is on a row above (top) or below (bottom) the rule.
in_half() {
	rule=$(rule_row)
	[ -n "$rule" ] || return 1
	row=$(screen | grep -nF -- "$2" | head -n 1 | cut -d: -f1)
	[ -n "$row" ] || return 1
	if [ "$1" = top ]; then [ "$row" -lt "$rule" ]; else [ "$row" -gt "$rule" ]; fi
}

# top_line top|bottom: the first text row of a pane (under its two header rows), trimmed.
top_line() {
	rule=$(rule_row)
	[ -n "$rule" ] || return 1
	if [ "$1" = top ]; then n=3; else n=$((rule + 3)); fi
	screen | sed -n "${n}p" | sed 's/ *$//'
}

# starts top|bottom TEXT: the pane's first text row starts with TEXT (after the gutter).
starts() {
	case "$(top_line "$1" | sed 's/^.//')" in
	"$2"*) return 0 ;;
	esac
	return 1
}

no_vertical_rule() {
	! screen | grep -qF "│"
}

# The first text row left of the vertical rule, trimmed.
left_top() {
	pane_text left | sed -n 3p | sed 's/ *$//'
}

left_starts() {
	case "$(left_top)" in
	"$1"*) return 0 ;;
	esac
	return 1
}

printf '[general]\nlayout = stacked\n' >"$conf/tandem.ini"
start_tandem 100 40
open_meeting "Kalm"
check "layout = stacked at 100x40: a horizontal rule across the screen" poll rule_across 100
check "  the German article above it" in_half top "Kalmückien Batu"
check "  the English article below it" in_half bottom "Republic of Kalmykia"
check "  each pane with its header" in_half bottom "EN 1/2 · 20 Mar"
check "  and no vertical rule" no_vertical_rule
check "  both panes start with their first paragraph" starts top "MINSK, 20. März (BelTA)"
check "  the English one below" starts bottom "Belarusian President Aleksandr Lukashenko has met"

keys ']'
check "] goes to English 2, the paragraph without a German counterpart" wait_for "unmatched: English 2"
check "  it is the top of the bottom pane" poll starts bottom "Welcoming the guest, the Belarusian"
check "  marked in the gutter" test "$(top_line bottom | cut -c1-3)" = "▌"
check "  the top pane says (no counterpart) on top" starts top "(no counterpart)"
check "  then goes on with the next German paragraph" \
	test "$(screen | sed -n 4p | cut -c2-30)" = "Alexander Lukaschenko betonte"
keys j j j j
check "j past the bead: the next bead on top of both, German 2" poll starts top "Alexander Lukaschenko betonte"
check "  and English 3" starts bottom "Aleksandr Lukashenko emphasized"

keys s
wait_for "scroll each on its own"
bottom=$(top_line bottom)
keys j j
check "sync off: j scrolls the German pane (the focus)" poll starts top "Vorfahren haben gemeinsam"
check "  and leaves the English one" test "$(top_line bottom)" = "$bottom"
keys Tab j j j j j j
check "  Tab, j: the English pane scrolls" wait_gone "$bottom"
check "  and the German one stays" starts top "Vorfahren haben gemeinsam"
keys s
wait_for "The panes scroll together"

keys /
keys -l "Die Kontakte zu"
keys Enter
check "a search puts German 3 on top" poll starts top "Die Kontakte zu Kalmückien werden"
check "  and its English counterpart on top below" starts bottom "According to the President, contacts"
keys L
check "L: the auto layout, side by side at 100 columns" wait_for "Layout: auto"
check "  the rule down the screen" wait_rule 49
check "  the paragraph on top stays on top" poll left_starts "Die Kontakte zu Kalmückien werden"
keys L
check "L: side by side" wait_for "Layout: side by side"
keys L
check "L: stacked again" wait_for "Layout: stacked"
check "  the paragraph still on top" poll starts top "Die Kontakte zu Kalmückien werden"

printf '[general]\nlayout = auto\n' >"$conf/tandem.ini"
start_tandem 50 40
open_meeting "Kalm"
check "layout = auto at 50x40: the panes stack" poll rule_across 50
check "  German above" in_half top "Kalmückien"
check "  English below" in_half bottom "Kalmykia"
keys /
keys -l "Die Kontakte zu"
keys Enter
check "  a search puts German 3 on top" poll starts top "Die Kontakte zu Kalmückien"

resize 50 12
check "at 50x12 one pane with a key to switch" wait_for "v: other pane"
check "  no rule" poll test -z "$(rule_row)"
check "  the German paragraph on top" test "$(screen | sed -n 3p | cut -c1-16)" = "Die Kontakte zu "

resize 120 40
check "back at 120x40 side by side, the rule in column 59" wait_rule 59
check "  the same paragraph on top" poll left_starts "Die Kontakte zu Kalmückien werden"
keys Q
wait_exit

printf '[general]\nlayout = side-by-side\n' >"$conf/tandem.ini"
start_tandem 50 40
open_meeting "Kalm"
check "layout = side-by-side at 50x40: one pane at a time, never stacked" wait_for "v: other pane"
check "  no rule" test -z "$(rule_row)"
keys Q
wait_exit

printf '[general]\nlayout = stacked\n' >"$conf/tandem.ini"
start 100 40 "env LC_ALL=C '$TANDEM' '$CORPUS'"
wait_for "meetings"
open_meeting "Kalm"
check "without UTF-8 the rule is drawn with -" poll rule_across 100
check "  German above, its umlauts spelled out" in_half top "Kalmueckien"

# Low and narrow sizes around the stacking limits, with keys at each, must not end the program.
for size in 20x6 20x7 20x10 25x11 30x21 30x22 62x22 63x22 21x60 80x9; do
	resize "${size%x*}" "${size#*x}"
	keys j G k Tab j s j s v ']' '[' L g
done
resize 100 40
check "after ten sizes around the limits and keys at each tandem still runs" wait_for "Kalm"
check "  and has not ended" test "$(t display-message -p -t tandem '#{pane_dead}')" = 0
finish
