#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SPDX-FileCopyrightText: 2026 The Tessera developers
#
# check-package.sh tgz|deb BUILD_DIR [CPACK] [VERSION]
#
# Builds a package of BUILD_DIR's programs with CPack (into a temporary folder, not the build tree) and checks it:
#   tgz  the tarball holds the programs and the desktop files, and the unpacked programs run;
#   deb  dpkg -i installs it (its dependencies must be installed already: there is no apt-get -f install
#        offline), /usr/bin/tessera --version and tessera-cli lint on an installed example run, the desktop
#        entry, MIME type, icons, metainfo and man pages are in place, and dpkg -r removes every file again.
#        Root only; exits 77 (ctest: skipped) for other users, without dpkg, or when a tessera package this
#        script did not install is present (it is never touched).
# The machine is left as it was, also when a check fails: the EXIT trap removes the package and the temporary
# folder. Should the script be killed outright, a marker in /var/tmp lets the next run remove its package.
# shellcheck disable=SC2015  # `check && pass || fail`: pass always succeeds
set -euo pipefail

kind=${1:?usage: check-package.sh tgz|deb BUILD_DIR [CPACK] [VERSION]}
build=${2:?usage: check-package.sh tgz|deb BUILD_DIR [CPACK] [VERSION]}
cpack=${3:-cpack}
version=${4:-}
readonly SKIP=77
readonly PACKAGE=tessera
readonly APP_ID=io.github.tessera.Tessera
readonly MARKER=/var/tmp/tessera-packaging-test.installed
readonly EXAMPLE=placed-orders.odcs.yaml

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }
skip() { echo "SKIP: $*"; exit "$SKIP"; }
die() { echo "FAIL: $*" >&2; exit 1; }

# The files every package carries, relative to the install prefix.
expected_files=(
    bin/tessera
    bin/tessera-cli
    "share/applications/$APP_ID.desktop"
    "share/metainfo/$APP_ID.metainfo.xml"
    "share/mime/packages/$APP_ID.xml"
    "share/icons/hicolor/scalable/apps/$APP_ID.svg"
    "share/icons/hicolor/16x16/apps/$APP_ID.png"
    "share/icons/hicolor/32x32/apps/$APP_ID.png"
    "share/icons/hicolor/48x48/apps/$APP_ID.png"
    "share/icons/hicolor/64x64/apps/$APP_ID.png"
    "share/icons/hicolor/128x128/apps/$APP_ID.png"
    "share/icons/hicolor/256x256/apps/$APP_ID.png"
    share/man/man1/tessera.1.gz
    share/man/man1/tessera-cli.1.gz
    "share/tessera/examples/$EXAMPLE"
    share/doc/tessera/copyright
    share/doc/tessera/changelog.gz
)

[ -f "$build/CPackConfig.cmake" ] || die "$build/CPackConfig.cmake is missing: configure the build first"
for program in tessera tessera-cli; do
    [ -x "$build/bin/$program" ] || die "$build/bin/$program is missing: build it first (cmake --build $build)"
done

installed_by_us=0
work=
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [ "$installed_by_us" = 1 ]; then
        echo "cleanup: removing the $PACKAGE package this test installed"
        dpkg --purge "$PACKAGE" >/dev/null 2>&1 || echo "cleanup: dpkg --purge $PACKAGE failed" >&2
        rm -f "$MARKER"
    fi
    [ -n "$work" ] && rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# State of a package as dpkg knows it: "installed", "config-files", "not-installed", or dpkg's word for a
# half-done state (unpacked, half-installed, ...).
package_state() {
    local status
    status=$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null) || status=not-installed
    echo "${status:-not-installed}"
}

if [ "$kind" = deb ]; then
    # Decide before building anything whether this machine may be changed.
    [ "$(id -u)" -eq 0 ] || skip "installing the .deb with dpkg needs root (running as $(id -un)); run the packaging tests as root, e.g. in CI"
    command -v dpkg >/dev/null && command -v dpkg-deb >/dev/null || skip "dpkg is not available: not a Debian system"
    state=$(package_state "$PACKAGE")
    if [ "$state" != not-installed ] && [ -f "$MARKER" ]; then
        echo "A run of this test was killed with its $PACKAGE package still installed ($state): removing it"
        dpkg --purge "$PACKAGE" >/dev/null || die "cannot remove the $PACKAGE package a killed run left"
        rm -f "$MARKER"
        state=$(package_state "$PACKAGE")
    fi
    [ "$state" = not-installed ] \
        || skip "a $PACKAGE package is already on this machine ($state) and is left alone; remove it with 'dpkg --purge $PACKAGE' to run this test"
    for f in /usr/bin/tessera /usr/bin/tessera-cli; do
        [ ! -e "$f" ] || skip "$f exists but belongs to no package (installed by hand?); it is left alone"
    done
fi

work=$(mktemp -d /tmp/tessera-packaging.XXXXXX)
chmod 755 "$work" # dpkg reads the .deb from here
# The programs read and write nothing of the user's: --version and lint exit before opening the store.
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

make_package() {
    local generator=$1
    echo "Building the $generator package of $build with $cpack"
    if ! "$cpack" -G "$generator" --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack-$generator.log" 2>&1; then
        cat "$work/cpack-$generator.log" >&2
        die "cpack -G $generator failed"
    fi
}

check_version() { # PROGRAM OUTPUT NAME
    local program=$1 out=$2 name=$3
    if [ -n "$version" ] && [ "$out" != "$name $version" ]; then
        fail "$program --version printed '$out', expected '$name $version'"
    elif [ -z "$version" ] && [[ "$out" != "$name "* ]]; then
        fail "$program --version printed '$out'"
    else
        pass "$program --version: $out"
    fi
}

# Runs PROGRAM lint on the example: exit code 0 and no file invalid.
check_lint() { # PROGRAM EXAMPLE
    local out status=0
    out=$("$1" lint "$2" 2>&1) || status=$?
    if [ "$status" -eq 0 ] && grep -q "0 invalid, 0 error(s)" <<<"$out"; then
        pass "$1 lint $2: $(tail -n 1 <<<"$out")"
    else
        echo "$out" >&2
        fail "$1 lint $2 exited with $status"
    fi
}

# ---------------------------------------------------------------------------------------------------- TGZ
if [ "$kind" = tgz ]; then
    make_package TGZ
    tarball=$(find "$work/out" -maxdepth 1 -name '*.tar.gz' | head -n 1)
    [ -n "$tarball" ] || die "cpack made no .tar.gz"
    pass "built $(basename "$tarball") ($(du -h "$tarball" | cut -f1))"
    tar -tzf "$tarball" >"$work/contents"
    top=$(head -n 1 "$work/contents" | cut -d/ -f1)
    for f in "${expected_files[@]}"; do
        grep -qFx "$top/$f" "$work/contents" && pass "tarball holds $f" || fail "the tarball lacks $top/$f"
    done
    mkdir "$work/unpacked"
    tar -xzf "$tarball" -C "$work/unpacked"
    root="$work/unpacked/$top"
    check_version "tessera" "$("$root/bin/tessera" --version 2>/dev/null)" Tessera
    check_version "tessera-cli" "$("$root/bin/tessera-cli" --version 2>/dev/null)" tessera-cli
    check_lint "$root/bin/tessera-cli" "$root/share/tessera/examples/$EXAMPLE"
    [ "$failures" -eq 0 ] || die "$failures check(s) of the TGZ package failed"
    echo "The TGZ package is fine."
    exit 0
fi

[ "$kind" = deb ] || die "unknown package kind '$kind' (tgz or deb)"

# ---------------------------------------------------------------------------------------------------- DEB
make_package DEB
deb=$(find "$work/out" -maxdepth 1 -name '*.deb' | head -n 1)
[ -n "$deb" ] || die "cpack made no .deb"
pass "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# The control data: the name, Debian's Qt among the dependencies (from dpkg-shlibdeps), no maintainer scripts.
[ "$(dpkg-deb -f "$deb" Package)" = "$PACKAGE" ] || fail "the package is called '$(dpkg-deb -f "$deb" Package)'"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 breeze-icon-theme; do
    grep -qE "(^|, )$dep( |,|$)" <<<"$depends" && pass "depends on $dep" || fail "Depends lacks $dep: $depends"
done
mkdir "$work/control"
dpkg-deb -e "$deb" "$work/control"
for script in preinst postinst prerm postrm; do
    [ ! -e "$work/control/$script" ] || fail "the package has a $script script; the dpkg triggers should do"
done

# Install. From here on the EXIT trap removes the package, and a marker says this test installed it.
installed_by_us=1
echo "$deb" >"$MARKER"
echo "Installing with dpkg -i"
if ! DEBIAN_FRONTEND=noninteractive dpkg -i "$deb" >"$work/dpkg-install.log" 2>&1; then
    cat "$work/dpkg-install.log" >&2
    die "dpkg -i failed (are the dependencies installed? packaging/install-deps.sh installs them)"
fi
state=$(package_state "$PACKAGE")
[ "$state" = installed ] && pass "dpkg -i: $PACKAGE is installed" || die "after dpkg -i the package is '$state'"

# Every file in place, owned by the package.
dpkg -L "$PACKAGE" >"$work/owned"
for f in "${expected_files[@]}"; do
    if grep -qFx "/usr/$f" "$work/owned" && [ -e "/usr/$f" ]; then
        pass "installed /usr/$f"
    else
        fail "/usr/$f is not installed by the package"
    fi
done
for f in /usr/share/man/man1/tessera.1.gz /usr/share/man/man1/tessera-cli.1.gz /usr/share/doc/tessera/changelog.gz; do
    gzip -t "$f" 2>/dev/null || fail "$f is not a gzip file"
done

# The programs, from the installed package.
check_version /usr/bin/tessera "$(/usr/bin/tessera --version 2>/dev/null)" Tessera
check_version /usr/bin/tessera-cli "$(/usr/bin/tessera-cli --version 2>/dev/null)" tessera-cli
check_lint /usr/bin/tessera-cli "/usr/share/tessera/examples/$EXAMPLE"
status=0
(cd /usr/share/tessera/examples \
    && /usr/bin/tessera-cli breaking payment-transactions.odcs.yaml payment-transactions.v1.1.0.odcs.yaml >/dev/null) \
    || status=$?
[ "$status" -eq 1 ] && pass "tessera-cli breaking on the installed examples finds the breaking change" \
    || fail "tessera-cli breaking on the installed examples exited with $status, expected 1"

# The dpkg triggers ran: the MIME database knows the type (and the desktop database the handler, where
# desktop-file-utils is installed). The desktop entry and metainfo validate where the validators are installed.
if command -v update-mime-database >/dev/null; then
    if [ -f /usr/share/mime/application/vnd.odcs+yaml.xml ] \
        && grep -qx 'application/vnd.odcs+yaml:\*.odcs.yaml' <(cut -d: -f2- /usr/share/mime/globs2); then
        pass "shared-mime-info's trigger registered application/vnd.odcs+yaml for *.odcs.yaml"
    else
        fail "the MIME database does not know application/vnd.odcs+yaml after dpkg -i"
    fi
fi
if command -v update-desktop-database >/dev/null; then
    grep -q "^application/vnd.odcs+yaml=.*$APP_ID.desktop" /usr/share/applications/mimeinfo.cache 2>/dev/null \
        && pass "desktop-file-utils' trigger made Tessera the handler of application/vnd.odcs+yaml" \
        || fail "/usr/share/applications/mimeinfo.cache does not list $APP_ID.desktop for application/vnd.odcs+yaml"
fi
if command -v desktop-file-validate >/dev/null; then
    out=$(desktop-file-validate "/usr/share/applications/$APP_ID.desktop" 2>&1) && [ -z "$out" ] \
        && pass "desktop-file-validate: no complaints" || fail "desktop-file-validate: $out"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "/usr/share/metainfo/$APP_ID.metainfo.xml" >"$work/appstream.log" 2>&1 \
        && pass "appstreamcli validate --no-net: $(tail -n 1 "$work/appstream.log")" \
        || { cat "$work/appstream.log" >&2; fail "appstreamcli validate --no-net failed"; }
fi

# Remove it again: nothing of it may stay behind.
echo "Removing with dpkg -r"
failures_before_removal=$failures
DEBIAN_FRONTEND=noninteractive dpkg -r "$PACKAGE" >"$work/dpkg-remove.log" 2>&1 \
    || { cat "$work/dpkg-remove.log" >&2; die "dpkg -r $PACKAGE failed"; }
state=$(package_state "$PACKAGE")
[ "$state" = not-installed ] || [ "$state" = config-files ] || fail "after dpkg -r the package is '$state'"
for f in "${expected_files[@]}"; do
    [ ! -e "/usr/$f" ] || fail "/usr/$f is still there after dpkg -r"
done
[ ! -e /usr/share/tessera ] || fail "/usr/share/tessera is still there after dpkg -r"
if command -v update-mime-database >/dev/null; then
    [ ! -e /usr/share/mime/application/vnd.odcs+yaml.xml ] || fail "the MIME database still knows application/vnd.odcs+yaml"
fi
[ "$failures" -ne "$failures_before_removal" ] || pass "dpkg -r: the programs and every file of the package are gone"
dpkg --purge "$PACKAGE" >/dev/null 2>&1 || true
installed_by_us=0
rm -f "$MARKER"

[ "$failures" -eq 0 ] || die "$failures check(s) of the DEB package failed"
echo "The DEB package installs, runs and removes cleanly."
