#!/bin/sh
# Regenerates every icon file from icons/talent-finder.svg.
# Needs (Debian): apt-get install -y librsvg2-bin imagemagick icnsutils
set -eu
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/talent-finder.svg"
res="$here/../src/main/resources/com/talentfinder/ui/icons"
mkdir -p "$here/png" "$res"

for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" --format png "$svg" -o "$here/png/talent-finder-$size.png"
  cp "$here/png/talent-finder-$size.png" "$res/talent-finder-$size.png"
done

# Windows: one .ico holding 16 to 256 px.
convert "$here/png/talent-finder-16.png" "$here/png/talent-finder-24.png" "$here/png/talent-finder-32.png" \
        "$here/png/talent-finder-48.png" "$here/png/talent-finder-64.png" "$here/png/talent-finder-128.png" \
        "$here/png/talent-finder-256.png" "$here/talent-finder.ico"

# macOS: .icns with the sizes the format defines (16, 32, 48, 128, 256, 512).
png2icns "$here/talent-finder.icns" "$here/png/talent-finder-16.png" "$here/png/talent-finder-32.png" \
         "$here/png/talent-finder-48.png" "$here/png/talent-finder-128.png" \
         "$here/png/talent-finder-256.png" "$here/png/talent-finder-512.png" >/dev/null

echo "Icons written to $here and $res"
