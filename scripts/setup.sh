#!/usr/bin/env bash
# Installs what building and testing blotter needs on a fresh Debian/Ubuntu machine:
# libclang (RocksDB's bindgen), a C++ compiler, and for the tests python3 with rdflib and
# pySHACL. Safe to run again: it only installs what is missing.
#   scripts/setup.sh          build dependencies
#   scripts/setup.sh --test   build and test dependencies
set -euo pipefail

need_apt=()
have_libclang() {
    # libclang.so or libclang-14.so.1, not libclang-cpp (which a fresh machine has).
    ldconfig -p 2>/dev/null | grep -Eq 'libclang(-[0-9.]+)?\.so' && return 0
    ls /usr/lib/llvm-*/lib/libclang.so* >/dev/null 2>&1 && return 0
    [ -n "${LIBCLANG_PATH:-}" ] && return 0
    return 1
}
have_libclang || need_apt+=(libclang-dev)
command -v c++ >/dev/null 2>&1 || need_apt+=(g++)
command -v cargo >/dev/null 2>&1 || { echo "setup: cargo is missing: install Rust from https://rustup.rs (rustup) first" >&2; exit 1; }

if [ "${1:-}" = "--test" ]; then
    command -v python3 >/dev/null 2>&1 || need_apt+=(python3 python3-pip)
fi

if [ ${#need_apt[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "setup: installing ${need_apt[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq "${need_apt[@]}" >/dev/null
    elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
        echo "setup: installing ${need_apt[*]} with sudo" >&2
        sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
    else
        echo "setup: missing ${need_apt[*]}; install them with:" >&2
        echo "    sudo apt-get install -y ${need_apt[*]}" >&2
        exit 1
    fi
fi

if [ "${1:-}" = "--test" ]; then
    if ! python3 -c 'import rdflib, pyshacl' >/dev/null 2>&1; then
        echo "setup: installing rdflib and pyshacl for the tests" >&2
        python3 -m pip install --quiet --disable-pip-version-check -r "$(dirname "$0")/../tests/requirements.txt" 2>/dev/null \
            || python3 -m pip install --quiet --disable-pip-version-check --break-system-packages -r "$(dirname "$0")/../tests/requirements.txt"
    fi
fi
