#!/usr/bin/env bash
# Renders an .xlsx the way a person would see it: LibreOffice converts it to PDF, pdftoppm turns each page into a
# PNG. Used to eyeball the scorecard and its native charts (both axes, fills, merges) without Excel.
#
#   scripts/render.sh <in.xlsx> <outdir>      (npm run render -- <in.xlsx> <outdir>)
#
# Needs: apt-get install -y libreoffice-calc poppler-utils fonts-crosextra-carlito
# LibreOffice's first start on a fresh profile is slow (it builds the profile), so the conversion gets a generous
# timeout and one retry, and runs on a private profile so it never collides with a LibreOffice already open.
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 <in.xlsx> <outdir>" >&2
  exit 2
fi
in="$1"
outdir="$2"
[ -f "$in" ] || { echo "render: no such file: $in" >&2; exit 2; }
soffice_bin="$(command -v soffice || command -v libreoffice || true)"
[ -n "$soffice_bin" ] || { echo "render: LibreOffice is not installed (apt-get install -y libreoffice-calc)" >&2; exit 3; }
command -v pdftoppm >/dev/null || { echo "render: pdftoppm is not installed (apt-get install -y poppler-utils)" >&2; exit 3; }

mkdir -p "$outdir"
outdir="$(cd "$outdir" && pwd)"
base="$(basename "${in%.*}")"
profile="$(mktemp -d "${TMPDIR:-/tmp}/render-lo-profile.XXXXXX")"
trap 'rm -rf "$profile"' EXIT

convert() {
  timeout "${RENDER_TIMEOUT:-180}" "$soffice_bin" --headless --norestore --nologo --nolockcheck \
    "-env:UserInstallation=file://$profile" --convert-to pdf --outdir "$outdir" "$in" >"$outdir/$base.log" 2>&1
}

rm -f "$outdir/$base.pdf"
if ! convert || [ ! -s "$outdir/$base.pdf" ]; then
  echo "render: first LibreOffice start failed or timed out; retrying once" >&2
  convert || true
fi
[ -s "$outdir/$base.pdf" ] || { echo "render: LibreOffice produced no PDF; see $outdir/$base.log" >&2; exit 1; }

rm -f "$outdir/$base"-*.png
pdftoppm -png -r "${RENDER_DPI:-80}" "$outdir/$base.pdf" "$outdir/$base"
ls "$outdir/$base".pdf "$outdir/$base"-*.png
