#!/bin/sh
# Lines of Java written by hand in the reference catalogue's declaration classes, at a git revision:
# every line of mapper/.../<domain>/<Domain>Relationships.java that is not blank, a comment, an import
# or the package line. Usage: docs/declaration-lines.sh [revision] (default HEAD), from the repository root.
rev=${1:-HEAD}
count() {
    git show "$rev:$1" | grep -cvE '^[[:space:]]*($|//|/\*|\*|import |package )'
}
total=0
for file in $(git ls-tree -r --name-only "$rev" mapper/src/main/java | grep 'Relationships\.java$'); do
    lines=$(count "$file")
    total=$((total + lines))
    printf '%5d  %s\n' "$lines" "$(basename "$file" .java)"
done
printf '%5d  total\n' "$total"
