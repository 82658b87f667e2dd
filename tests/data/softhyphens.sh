#!/bin/sh
# softhyphens.sh DIR: makes in DIR (which must not exist) a corpus of one
# meeting: a German article whose Verkehrsinfrastrukturentwicklungsgesellschaft
# and Straßen hold soft hyphens (U+00AD), as some sites hyphenate long words,
# and its English counterpart. The CLI and tmux tests of soft hyphens read it.
set -e
dir=$1
mkdir "$dir"
shy=$(printf '\302\255')
compound="Verkehrs${shy}infrastruktur${shy}entwicklungs${shy}gesellschaft"
printf 'MINSK, 20. M\303\244rz (BelTA) - Die %s von Belarus wurde gegr\303\274ndet.\nDie %s soll neue Stra%s\303\237en bauen und die Bahn erneuern, sagte der Minister.' \
	"$compound" "$compound" "$shy" >"$dir/000_de.txt"
printf 'Transport infrastructure company founded\n\nMINSK, 20 March (BelTA) - The transport infrastructure development company of Belarus was founded.\n\nThe transport infrastructure development company will build new roads and renew the railway, the minister said.' \
	>"$dir/001_en.txt"
