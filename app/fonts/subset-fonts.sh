#!/usr/bin/env bash
# Makes the font files in this folder from the @fontsource packages (devDependencies), smaller
# than the packages ship them. Run from the project root after updating those packages:
#   bash app/fonts/subset-fonts.sh
# Needs fontTools with Brotli (Debian: apt-get install python3-fonttools python3-brotli).
#
# - Inter: the weight axis limited to 400–700, the only weights the CSS uses (400, 600, 700);
#   the variable font keeps the in-between instances, so 500 and 600 still render as designed.
# - Both families: only the OpenType features the site can show (kerning, ligatures, contextual
#   alternates, marks, localised forms). Fractions, numerators/denominators and tabular/proportional
#   figure sets are dropped: no CSS asks for them, and their glyphs were a third of Inter's file.
# - The same unicode ranges as @fontsource's Latin / Latin Extended subsets (fonts.ts binds them).
#
# Latin Inter 48.3 → 27.2 KB, Latin Source Serif 400/700 20.1/21.7 → 18.1/19.4 KB.
set -euo pipefail
cd "$(dirname "$0")"
py=/usr/bin/python3
root=../../node_modules
latin='U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'
ext='U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF'
features='kern,liga,calt,ccmp,locl,mark,mkmk'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

subset() { # source unicodes output
  "$py" -m fontTools.subset "$1" --unicodes="$2" --layout-features="$features" --no-hinting --flavor=woff2 --output-file="$3"
}

for range in latin latin-ext; do
  unicodes=$latin
  [ "$range" = latin-ext ] && unicodes=$ext
  "$py" -m fontTools.varLib.instancer "$root/@fontsource-variable/inter/files/inter-$range-wght-normal.woff2" wght=400:700 -q -o "$tmp/inter-$range.ttf"
  subset "$tmp/inter-$range.ttf" "$unicodes" "inter-$range-wght-normal.woff2"
  for weight in 400 700; do
    subset "$root/@fontsource/source-serif-4/files/source-serif-4-$range-$weight-normal.woff2" "$unicodes" "source-serif-4-$range-$weight-normal.woff2"
  done
done
ls -l ./*.woff2
