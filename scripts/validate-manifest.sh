#!/bin/sh
# Checks Office add-in XML manifests offline against Microsoft's schemas kept in
# schemas/office-addin-manifest/ (see its NOTICE.md). Needs xmllint (Debian/Ubuntu: libxml2-utils;
# macOS ships it).
#   sh scripts/validate-manifest.sh [MANIFEST ...]     (default: manifest.xml)
# Exit 0 when every manifest is valid, 1 when one is not, 2 when the check cannot run.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
schema="$here/../schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd"

if ! command -v xmllint >/dev/null 2>&1; then
  echo "validate-manifest: xmllint is not installed (Debian/Ubuntu: apt-get install libxml2-utils)" >&2
  exit 2
fi
if [ ! -f "$schema" ]; then
  echo "validate-manifest: the schemas are missing: $schema" >&2
  exit 2
fi
[ "$#" -gt 0 ] || set -- manifest.xml

status=0
for manifest in "$@"; do
  if [ ! -f "$manifest" ]; then
    echo "validate-manifest: no such file: $manifest" >&2
    [ "$status" -ne 0 ] || status=2
    continue
  fi
  # --nonet: the schemas import each other by local file name; nothing is fetched.
  if ! xmllint --noout --nonet --schema "$schema" "$manifest"; then
    status=1
  fi
done
exit "$status"
