#!/bin/sh
# Export from the screen: the prompt, the file, the overwrite question.
. "$top_srcdir/tests/tui/lib.sh"

name=11-18_smolensk_de.txt

# status_line_is TEXT: the last row is TEXT, trailing blanks aside.
status_line_is() {
	[ "$(status_line | sed 's/ *$//')" = "$1" ]
}

start_tandem 120 40
keys g
keys e
check "e opens the prompt filled with a file name" wait_for "Export to: $name"
keys Enter
check "Enter writes the file and the status line says so" wait_for "Exported to $name"
check "the file exists in the current folder and holds the article" \
	grep -q "Smolensk" "$WORK/$name"

keys e
wait_for "Export to:"
keys Enter
check "an existing file asks before it is overwritten" wait_for "overwrite? (y/n)"
resize 30 20
check "  at 30 columns the file name is cut with … and the question ends the line whole" \
	poll status_line_is "11-1… exists; overwrite? (y/n)"
resize 120 40
wait_for "overwrite? (y/n)"
keys n
check "n leaves it and the status line says why" wait_for "Not exported: $name exists"

: >"$WORK/$name"
keys e
wait_for "Export to:"
keys Enter
wait_for "overwrite? (y/n)"
keys y
check "y overwrites it" wait_for "Exported to $name"
check "  and the file holds the article again" grep -q "Smolensk" "$WORK/$name"

keys e
wait_for "Export to:"
keys End BSpace BSpace BSpace BSpace
keys -l "_ü"
keys Left BSpace End
keys -l ".txt"
keys Enter
check "a typed ü is one character: the name edits as UTF-8" wait_file "$WORK/11-18_smolensk_deü.txt"
check "  and the status line names the file" wait_for "Exported to 11-18_smolensk_deü.txt"

keys e
wait_for "Export to:"
keys Escape
check "Escape cancels the prompt" wait_for "Export cancelled"
finish
