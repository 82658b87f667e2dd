#!/bin/sh
# The reader's E writes TMX of sentence pairs, as --export-pair does, or of
# paragraph pairs when the tmx_segments setting says paragraph.
. "$top_srcdir/tests/tui/lib.sh"
DE=000_bb48c70955bb72ea
EN=002_954a635c099c0dbf
NAME=03-20_kalmückien_de-en_002-954a635c099c0dbf

# units FILE: the translation units of a TMX file.
units() {
	grep -c '<tu>' "$1"
}

# export_tmx: E in the open reader, the name offered made to end in .tmx, Enter.
export_tmx() {
	keys E
	wait_for "Export to: $NAME.txt" || return 1
	keys End BSpace BSpace BSpace
	keys -l "tmx"
	keys Enter
	wait_file "$WORK/$NAME.tmx"
}

sentence_pairs=$("$TANDEM" --no-index --align $DE $EN --sentences "$CORPUS" | awk -F '\t' '$1 != "" && $2 != ""' | wc -l)
paragraph_pairs=$("$TANDEM" --no-index --align $DE $EN "$CORPUS" | awk -F '\t' '$1 != "" && $2 != ""' | wc -l)

start_tandem 120 40
open_meeting "Kalm"
wait_for "Aleksandr Lukashenko has met"
check "E to a name ending in .tmx writes TMX" export_tmx
check "  segmented by sentence, as the header says" grep -q 'segtype="sentence"' "$WORK/$NAME.tmx"
check "  one unit per sentence pair of --align --sentences ($sentence_pairs)" \
	test "$(units "$WORK/$NAME.tmx")" -eq "$sentence_pairs"
check "  the same file as --export-pair writes" \
	sh -c "'$TANDEM' --no-index --export-pair $DE $EN --format tmx '$CORPUS' | cmp -s - '$WORK/$NAME.tmx'"
keys q q
wait_exit

rm -f "$WORK/$NAME.tmx"
mkdir -p "$XDG_CONFIG_HOME/tandem"
printf '[general]\ntmx_segments = paragraph\n' >"$XDG_CONFIG_HOME/tandem/tandem.ini"
start_tandem 120 40
open_meeting "Kalm"
wait_for "Aleksandr Lukashenko has met"
check "with tmx_segments = paragraph, E writes TMX" export_tmx
check "  segmented by paragraph" grep -q 'segtype="paragraph"' "$WORK/$NAME.tmx"
check "  one unit per paragraph pair of --align ($paragraph_pairs)" \
	test "$(units "$WORK/$NAME.tmx")" -eq "$paragraph_pairs"
finish
