#!/usr/bin/env bash
# The release checks of CI (.ci/run runs this; so can you, as root, on
# Debian or Ubuntu):
#  1. build every artefact with `go run ./release` (nfpm is installed from
#     the Go module proxy, pinned);
#  2. build again from a copy of the checkout elsewhere, with another
#     umask and another time zone: the linux/amd64 archive and the .deb
#     must be byte-identical to the first build's (HEARBACK_REPRO_COLD=1:
#     with an empty Go build cache too, so that the compiler's output is
#     compared as well, not only the packaging: about a minute more);
#  3. install the .deb with dpkg -i, run hearback version, check the
#     conffile and the man page, systemd-analyze verify both units, check
#     that nothing was enabled, then dpkg -r and --purge and check that
#     nothing is left;
#  4. build the container image (FROM scratch, nothing pulled) twice, which
#     must give one image ID, and run version, demo and init + config in it;
#  5. run the linux/arm64 binary (the Raspberry Pi's) under qemu-user:
#     version and demo. (The macOS binaries cannot run here.)
# Nothing here sends traffic anywhere: the container runs with --network none.
set -euo pipefail
cd "$(dirname "$0")/.."

NFPM_VERSION=v2.48.0
export DEBIAN_FRONTEND=noninteractive
start=$SECONDS
say() { echo "ci-release: $*"; }
took() { say "$1: $((SECONDS - $2)) s"; }

tmp=$(mktemp -d)
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT

# --- 1. the artefacts -------------------------------------------------------
t=$SECONDS
gobin=$(go env GOPATH)/bin
export PATH="$gobin:$PATH"
if [ "$(go version -m "$gobin/nfpm" 2>/dev/null | awk '$1 == "mod" { print $3 }')" != "$NFPM_VERSION" ]; then
	say "installing nfpm $NFPM_VERSION (go install)"
	GOFLAGS= go install "github.com/goreleaser/nfpm/v2/cmd/nfpm@$NFPM_VERSION"
fi
took "nfpm" $t

t=$SECONDS
go run ./release -out release/dist
version=$(sed -n 's/^[0-9a-f]*  hearback_\(.*\)_linux_amd64\.tar\.gz$/\1/p' release/dist/SHA256SUMS)
[ -n "$version" ] || { say "FAIL: no linux/amd64 archive in SHA256SUMS"; exit 1; }
(cd release/dist && sha256sum --quiet -c SHA256SUMS)
# Every archive has what the README promises.
for a in release/dist/hearback_*.tar.gz; do
	top=$(basename "$a" .tar.gz)
	listing=$(tar -tzf "$a")
	for f in hearback README.md LICENSE THIRD_PARTY_LICENSES config.example.yaml deploy/hearback.service \
		deploy/hearback-user.service deploy/com.github.hearback.plist completions/hearback.bash \
		completions/_hearback completions/hearback.fish man/hearback.1; do
		grep -qx "$top/$f" <<<"$listing" || { say "FAIL: $a lacks $f"; exit 1; }
	done
done
took "release build ($version)" $t

# --- 2. reproducible ----------------------------------------------------------
t=$SECONDS
mkdir -p "$tmp/src"
tar -C . --exclude=./release/dist -cf - . | tar -C "$tmp/src" -xf -
(
	cd "$tmp/src"
	umask 0002
	if [ "${HEARBACK_REPRO_COLD:-}" = 1 ]; then export GOCACHE="$tmp/gocache"; fi
	TZ=Pacific/Auckland go run ./release -platforms linux/amd64 -container=false -out "$tmp/out" >"$tmp/rebuild.log" 2>&1 ||
		{ cat "$tmp/rebuild.log"; exit 1; }
)
for f in "hearback_${version}_linux_amd64.tar.gz" "hearback_${version}_amd64.deb"; do
	if ! cmp "release/dist/$f" "$tmp/out/$f"; then
		say "FAIL: $f differs between two builds of the same source"
		exit 1
	fi
done
say "reproducible: the linux/amd64 archive and the amd64 .deb are byte-identical across two builds"
cache="the same build cache"; [ "${HEARBACK_REPRO_COLD:-}" = 1 ] && cache="an empty build cache"
say "  (another directory, $cache, umask 0002, TZ=Pacific/Auckland)"
rm -rf "$tmp/gocache" "$tmp/src"
took "second build" $t

# --- 3. the Debian package ----------------------------------------------------
t=$SECONDS
if ! command -v dpkg >/dev/null 2>&1; then
	say "WARNING: no dpkg here: the .deb was built but NOT installed and checked"
else
	arch=$(dpkg --print-architecture)
	deb="release/dist/hearback_${version}_${arch}.deb"
	if dpkg-query -W hearback >/dev/null 2>&1; then
		if [ "${CI:-}" = true ]; then
			say "a hearback package is installed already: purging it first"
			dpkg --purge hearback >/dev/null
		else
			say "WARNING: hearback is installed on this machine; not replacing it outside CI: the .deb was NOT installed and checked"
			deb=""
		fi
	fi
fi
if [ -n "${deb:-}" ]; then
	# Which of the package's directories exist before: the others must be
	# gone after the purge.
	paths=$(dpkg-deb -c "$deb" | awk '{ print substr($6, 2) }' | sed 's|/$||' | grep -v '^$')
	absent_before=$(while read -r p; do [ -e "$p" ] || echo "$p"; done <<<"$paths")
	private_before=$([ -e /var/lib/private ] && echo yes || echo no)

	dpkg -i "$deb"
	out=$(/usr/bin/hearback version)
	grep -qx "hearback $version" <<<"$(head -1 <<<"$out")" || { say "FAIL: hearback version says:"; echo "$out"; exit 1; }
	echo "$out"
	[ "$(stat -c '%a %U' /etc/hearback/config.yaml)" = "600 root" ] || { say "FAIL: /etc/hearback/config.yaml is not 0600 root"; exit 1; }
	conffiles=$(dpkg-query -W -f='${Conffiles}\n' hearback)
	grep -q ' /etc/hearback/config.yaml ' <<<"$conffiles" || { say "FAIL: config.yaml is not a conffile"; exit 1; }
	if command -v man >/dev/null 2>&1; then
		man -w hearback >/dev/null || { say "FAIL: man hearback finds no page"; exit 1; }
	fi
	grep -q '^ExecStart=/usr/bin/hearback ' /lib/systemd/system/hearback.service || { say "FAIL: the unit does not run /usr/bin/hearback"; exit 1; }
	if command -v systemd-analyze >/dev/null 2>&1; then
		for unit in system:/lib/systemd/system/hearback.service user:/usr/lib/systemd/user/hearback.service; do
			scope=${unit%%:*} file=${unit#*:}
			flag=""; [ "$scope" = user ] && flag=--user
			if ! v=$(XDG_RUNTIME_DIR="$tmp" systemd-analyze $flag verify --man=no "$file" 2>&1); then
				if grep -q -e 'Failed to initialize manager' -e 'Failed to lookup RuntimeDirectory' <<<"$v"; then
					say "WARNING: systemd-analyze cannot run here ($v): $file NOT verified"
					continue
				fi
				say "FAIL: systemd-analyze verify $file:"; echo "$v"; exit 1
			fi
			[ -z "$v" ] || { say "FAIL: systemd-analyze verify $file warns:"; echo "$v"; exit 1; }
			say "systemd-analyze ${flag:+$flag }verify $file: OK"
		done
	else
		say "WARNING: no systemd-analyze: the installed units were NOT verified"
	fi
	# The postinst started and enabled nothing.
	if [ -e /etc/systemd/system/multi-user.target.wants/hearback.service ]; then
		say "FAIL: installing the package enabled hearback.service"; exit 1
	fi
	# As if the admin had enabled it and it had run: removal disables it,
	# purge deletes its database.
	if command -v systemctl >/dev/null 2>&1; then
		systemctl enable hearback.service >/dev/null 2>&1 || true
	fi
	mkdir -p /var/lib/private/hearback/hearback
	touch /var/lib/private/hearback/hearback/hearback.db
	ln -sfn private/hearback /var/lib/hearback

	dpkg -r hearback >/dev/null
	[ ! -e /usr/bin/hearback ] || { say "FAIL: dpkg -r left /usr/bin/hearback"; exit 1; }
	[ ! -e /etc/systemd/system/multi-user.target.wants/hearback.service ] || { say "FAIL: dpkg -r left hearback.service enabled"; exit 1; }
	[ -e /etc/hearback/config.yaml ] || { say "FAIL: dpkg -r removed the conffile (only --purge should)"; exit 1; }
	dpkg --purge hearback >/dev/null
	if dpkg-query -W hearback >/dev/null 2>&1; then say "FAIL: hearback is still known to dpkg after --purge"; exit 1; fi
	left=$(while read -r p; do [ -n "$p" ] && [ -e "$p" ] && echo "$p"; done <<<"$absent_before
/var/lib/hearback
/var/lib/private/hearback" || true)
	[ -z "$left" ] || { say "FAIL: left after dpkg --purge:"; echo "$left"; exit 1; }
	[ "$private_before" = yes ] || rmdir /var/lib/private 2>/dev/null || true
	say "dpkg -i, hearback version, conffile, man page, units, dpkg -r, dpkg --purge: OK, nothing left"
fi
took "Debian package" $t

# --- 4. the container image ---------------------------------------------------
t=$SECONDS
if ! command -v podman >/dev/null 2>&1 || ! command -v runc >/dev/null 2>&1; then
	say "installing podman and runc"
	{ apt-get update -qq && apt-get install -y -qq --no-install-recommends podman runc >/dev/null; } ||
		say "WARNING: could not install podman: the container image was NOT built"
fi
if command -v podman >/dev/null 2>&1; then
	epoch=$(git log -1 --format=%ct 2>/dev/null || date +%s)
	build() { podman build -q --timestamp "$epoch" --build-arg VERSION="$version" -t "$1" release/dist/container; }
	id1=$(build localhost/hearback:ci)
	id2=$(build localhost/hearback:ci-again)
	[ "$id1" = "$id2" ] || { say "FAIL: two builds of the image differ ($id1, $id2)"; exit 1; }
	say "image $id1 ($(podman image inspect --format '{{.Size}}' "$id1") bytes), the same from two builds"
	[ "$(podman image inspect --format '{{.Config.User}}' "$id1")" = "65532:65532" ] || { say "FAIL: the image does not run as 65532"; exit 1; }
	# How containers run on this machine: runc (crun refuses the hybrid
	# cgroup layout here), limits no higher than the ones we have (no
	# CAP_SYS_RESOURCE to raise them), and no network at all.
	run=(podman run --rm --network none --ulimit nofile=1024:1024 --ulimit nproc=1024:1024)
	command -v runc >/dev/null 2>&1 && run=(podman --runtime runc "${run[@]:1}")
	out=$("${run[@]}" localhost/hearback:ci version)
	grep -qx "hearback $version" <<<"$(head -1 <<<"$out")" || { say "FAIL: version in the container:"; echo "$out"; exit 1; }
	# demo as compose.yaml runs the service: read-only, no capabilities.
	out=$("${run[@]}" --read-only --tmpfs /tmp --cap-drop ALL --security-opt no-new-privileges localhost/hearback:ci demo)
	grep -q "Nothing was sent" <<<"$out" || { say "FAIL: demo in the container:"; echo "$out"; exit 1; }
	# init writes /config/config.yaml as the image's user; config reads it.
	mkdir -p "$tmp/config" && chown 65532:65532 "$tmp/config"
	"${run[@]}" -v "$tmp/config:/config" localhost/hearback:ci init --email me@fastmail.com --name "CI Test" \
		--timezone Europe/Berlin --password-env HEARBACK_PASSWORD >/dev/null
	out=$("${run[@]}" -v "$tmp/config:/config:ro" localhost/hearback:ci config)
	grep -q 'imap.fastmail.com' <<<"$out" || { say "FAIL: config in the container does not show the account init wrote:"; echo "$out"; exit 1; }
	# The arm64 image builds here too (nothing runs during the build).
	podman build -q --platform linux/arm64 --timestamp "$epoch" -t localhost/hearback:ci-arm64 release/dist/container >/dev/null
	[ "$(podman image inspect --format '{{.Os}}/{{.Architecture}}' localhost/hearback:ci-arm64)" = linux/arm64 ] ||
		{ say "FAIL: podman build --platform linux/arm64 did not make a linux/arm64 image"; exit 1; }
	podman rmi -f localhost/hearback:ci localhost/hearback:ci-again localhost/hearback:ci-arm64 >/dev/null
	say "podman build (twice, and for arm64), run version, demo (read-only, no capabilities), init + config with a /config volume: OK"
fi
took "container image" $t

# --- 5. the arm64 binary ------------------------------------------------------
t=$SECONDS
arm64=release/dist/stage/linux_arm64/hearback
runarm=()
if [ "$(uname -m)" != aarch64 ]; then
	if ! command -v qemu-aarch64-static >/dev/null 2>&1; then
		say "installing qemu-user-static to run the arm64 binary"
		{ apt-get update -qq && apt-get install -y -qq --no-install-recommends qemu-user-static >/dev/null; } ||
			say "WARNING: could not install qemu-user-static: the arm64 binary was NOT run"
	fi
	runarm=(qemu-aarch64-static)
fi
if [ "$(uname -m)" = aarch64 ] || command -v qemu-aarch64-static >/dev/null 2>&1; then
	out=$("${runarm[@]}" "$arm64" version)
	grep -qx "go:       go[0-9.]* linux/arm64" <<<"$(tail -1 <<<"$out")" || { say "FAIL: the arm64 binary says:"; echo "$out"; exit 1; }
	out=$("${runarm[@]}" "$arm64" demo)
	grep -q "Nothing was sent" <<<"$out" || { say "FAIL: demo of the arm64 binary:"; echo "$out"; exit 1; }
	say "linux/arm64 binary ${runarm[*]:-natively}: version and demo OK"
fi
took "arm64 binary" $t
took "release checks in all" $start
