#!/bin/sh
# mkcorpus.sh DIR: makes the hostile corpus in DIR (which must not exist).
#
# The bundled corpus (the good articles), the fixtures of tests/data/hostile,
# and what git cannot store: a FIFO and a folder named *.txt, a symlink loop,
# a dangling symlink, a symlink to /dev/zero, a file the user may not read
# (only when not root: root reads anything), a 10,000-letter word, a 1 MB
# line, a 1 MB word, 100,000 different lines, a 50 MB file, random bytes,
# and file names with spaces, umlauts, a leading dash, ESC, tab, newline,
# a C1 control and a byte that is not UTF-8.
# Needs $top_srcdir; uses perl for the generated text.
set -e
: "${top_srcdir:?set top_srcdir}"
dir=$1
mkdir "$dir"
cp "$top_srcdir"/res/corpus/*.txt "$dir/"
cp "$top_srcdir"/tests/data/hostile/*.txt "$top_srcdir"/tests/data/hostile/meetings.ini "$dir/"

mkfifo "$dir/x.txt"
mkdir "$dir/y.txt"
ln -s loop-b.txt "$dir/loop-a.txt"
ln -s loop-a.txt "$dir/loop-b.txt"
ln -s no/such/file.txt "$dir/dangling.txt"
ln -s /dev/zero "$dir/devzero.txt"
if [ "$(id -u)" != 0 ]; then
	echo "MINSK, 1. Mai (BelTA) - Geheim." >"$dir/unreadable.txt"
	chmod 000 "$dir/unreadable.txt"
fi

# A German article around one generated paragraph: perl prints it.
article() {	# article FILE DAY PERL-EXPRESSION
	perl -e 'print "MINSK, $ARGV[0]. Juni (BelTA) - Der Präsident sprach über den Handel. ", '"$3"', "\n";' \
		"$2" >"$1"
}
article "$dir/long-word.txt" 1 '"Handels" . ("x" x 9988) . "abkommen"'
article "$dir/megabyte-line.txt" 2 'join(" ", map { "Wort$_" } 1 .. 110000)'
article "$dir/megabyte-word.txt" 3 '"Z" x 1048576'
perl -e 'print "MINSK, 4. Juni (BelTA) - Viele Zeilen.\n"; print "Punkt $_.\n" for 1 .. 100000' \
	>"$dir/hundred-thousand-lines.txt"
dd if=/dev/zero of="$dir/fifty-megabytes.txt" bs=1 count=0 seek=50M 2>/dev/null
perl -e 'srand(6); print map { chr(1 + int rand 255) } 1 .. 4096' >"$dir/random-bytes.txt"

# Odd names, each on a good article.
good="$top_srcdir/res/corpus/003_5657ae1482649044.txt"
cp "$good" "$dir/mit Leerzeichen und Umlauten äöüß.txt"
cp "$good" "$dir/-leading-dash.txt"
cp "$good" "$dir/$(printf 'evil\033[31mred\033[0m.txt')"
cp "$good" "$dir/$(printf 'tab\tname.txt')"
cp "$good" "$dir/$(printf 'new\nline.txt')"
cp "$good" "$dir/$(printf 'c1-\302\233name.txt')"
cp "$good" "$dir/$(printf 'latin1-\344.txt')"
