#!/usr/bin/env bash
# Installs every Debian 12 package Tessera needs to build, test and run.
# Non-interactive and idempotent: when everything is already there it only checks and exits.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git
    # Qt 6 (Widgets, Charts, Sql, Network, Svg, LinguistTools, Test)
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-qpa-plugins libqt6sql6-sqlite libgl-dev
    # Qt6Charts's CMake package needs Qt6OpenGL's, which qt6-charts-dev does not pull in
    libqt6opengl6-dev
    # Qt's own texts (standard buttons, file dialogs) in German and Polish
    qt6-translations-l10n
    # libraries of the core
    libyaml-dev nlohmann-json3-dev libvalijson-dev libgraphviz-dev libsqlite3-dev sqlite3
    qtkeychain-qt6-dev libmimalloc-dev
    # runtime look and tools for screenshots and tests
    breeze-icon-theme fonts-dejavu-core xvfb xauth xdotool imagemagick bc
    # the packaging test checks the installed .deb's MIME type, desktop entry and AppStream metainfo
    appstream desktop-file-utils shared-mime-info
    # the fuzz targets (libFuzzer, with ASan and UBSan) build with clang
    clang libclang-rt-14-dev
    # the Backstage catalog server of the integration tests (../shared/tools/backstage-catalog) builds
    # better-sqlite3 from source on its first start
    curl util-linux python3 make g++
)
# The benchmarks compare against npm peers (ajv, dagre, elkjs). Machines with a Node.js of their
# own (with npm inside) keep it; Debian's nodejs + npm are installed only where there is none.
if ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
