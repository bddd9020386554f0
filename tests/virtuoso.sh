#!/usr/bin/env bash
# Runs a private Virtuoso Open Source for the push tests, in the foreground:
#   tests/virtuoso.sh DIR HTTP_PORT SQL_PORT
# It copies the system's virtuoso.ini into DIR with every file inside DIR and the ports
# given (bound to loopback), then execs virtuoso-t. The test stops it by its pid.
set -euo pipefail
dir=$1 http=$2 sql=$3
ini=/etc/virtuoso-opensource-7/virtuoso.ini
[ -f "$ini" ] || { echo "virtuoso.sh: $ini not found (apt-get install virtuoso-opensource)" >&2; exit 2; }
mkdir -p "$dir"
sed -E \
    -e "s#^(DatabaseFile\s*=).*virtuoso-temp\.db#\1 $dir/virtuoso-temp.db#" \
    -e "s#^(TransactionFile\s*=).*virtuoso-temp\.trx#\1 $dir/virtuoso-temp.trx#" \
    -e "s#^(DatabaseFile\s*=).*virtuoso\.db#\1 $dir/virtuoso.db#" \
    -e "s#^(ErrorLogFile\s*=).*#\1 $dir/virtuoso.log#" \
    -e "s#^(LockFile\s*=).*#\1 $dir/virtuoso.lck#" \
    -e "s#^(TransactionFile\s*=).*virtuoso\.trx#\1 $dir/virtuoso.trx#" \
    -e "s#^(xa_persistent_file\s*=).*#\1 $dir/virtuoso.pxa#" \
    -e "s#^(ServerPort\s*=)\s*1111#\1 127.0.0.1:$sql#" \
    -e "s#^(ServerPort\s*=)\s*8890#\1 127.0.0.1:$http#" \
    -e "s#^(DirsAllowed\s*=).*#\1 ., $dir, /usr/share/virtuoso-opensource-7/vad#" \
    "$ini" > "$dir/virtuoso.ini"
cd "$dir"
exec virtuoso-t -f -c "$dir/virtuoso.ini"
