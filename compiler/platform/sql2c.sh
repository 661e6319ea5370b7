#!/bin/sh
# sql2c.sh NAME FILE: FILE as the C string constant NAME, on stdout (how the
# platforms' declarations, plain .sql files, get into the binary: see
# compiler/platform.c and the Makefile). Backslashes, quotes and question
# marks (trigraphs) are escaped; every line keeps its newline.
set -e
printf '/* generated from %s by compiler/platform/sql2c.sh: do not edit */\n' "$2"
printf 'static const char %s[] =\n' "$1"
sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/?/\\?/g' -e 's/^/\t"/' -e 's/$/\\n"/' "$2"
printf ';\n'
