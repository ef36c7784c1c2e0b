#!/usr/bin/env bash
# Makes the example documents of the demo data as PDF (through test_render) and keeps the first
# page of each as a PNG in docs/images, for docs/documents.md.
set -euo pipefail
test_render=$1
pdf_dir=$2
image_dir=$3
rm -rf "$pdf_dir"
mkdir -p "$pdf_dir" "$image_dir"
"$test_render" "Issue 12 on the demo data*" > /dev/null
for pdf in "$pdf_dir"/*.pdf; do
    name=$(basename "$pdf" .pdf)
    pdftoppm -r 60 -png -f 1 -l 1 -singlefile "$pdf" "$image_dir/$name"
done
# The annual report's column chart is on its second page.
pdftoppm -r 60 -png -f 2 -l 2 -singlefile "$pdf_dir/jaarcijfers.pdf" "$image_dir/jaarcijfers-per-maand"
ls "$image_dir"
