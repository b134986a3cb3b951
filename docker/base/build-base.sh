#!/usr/bin/env bash
# Builds the local base image swarm-llm/base:bookworm from a Debian root file system made with
# debootstrap, for machines that cannot pull images (such as this project's CI). Elsewhere the
# Dockerfile's default base, node:20-bookworm-slim, does the same job.
#
#   docker/base/build-base.sh [--force]      # skips the build when the image exists
#
# Needs root (debootstrap, chroot), a running dockerd (DOCKER_HOST is honoured) and Debian's
# archive (DEBIAN_MIRROR, deb.debian.org by default).
#
# Node 20: Debian bookworm packages Node 18, so this copies the host's own `node` binary (Node
# 20 or later) into the root file system, with the npm and corepack that come with it, so the
# image stands in for node:20-bookworm-slim on both Dockerfile paths. The binary links only
# glibc, libstdc++ and libgcc (see `ldd $(command -v node)`): a bookworm minbase system has all
# three, and running it in the chroot below proves the host's glibc is not newer than the
# image's.
set -euo pipefail
TAG=${SWARM_LLM_BASE_TAG:-swarm-llm/base:bookworm}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
fail () { echo "build-base: $*" >&2; exit 1; }

if [ "${1:-}" != --force ] && docker image inspect "$TAG" >/dev/null 2>&1; then
  echo "$TAG exists (--force rebuilds it)"
  exit 0
fi
[ "$(id -u)" = 0 ] || fail "must run as root (debootstrap and chroot)"
if ! command -v debootstrap >/dev/null; then
  command -v apt-get >/dev/null || fail "debootstrap is missing and there is no apt-get to install it"
  echo "installing debootstrap"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap) >/dev/null || fail "could not install debootstrap"
fi
node_bin=$(readlink -f "$(command -v node)")
[ "$("$node_bin" -p 'process.versions.node.split(".")[0]')" -ge 20 ] || fail "the host's node must be version 20 or later"
node_modules=$(dirname "$node_bin")/../lib/node_modules   # npm and corepack, beside a packaged node

root=$(mktemp -d /var/tmp/swarm-llm-rootfs.XXXXXX)
trap 'rm -rf "$root" "$root.log"' EXIT
echo "debootstrap bookworm (minbase) from $MIRROR"
debootstrap --variant=minbase --include=ca-certificates bookworm "$root" "$MIRROR" > "$root.log" 2>&1 \
  || { tail -20 "$root.log" >&2; fail "debootstrap failed"; }
install -m 755 "$node_bin" "$root/usr/local/bin/node"
mkdir -p "$root/usr/local/lib/node_modules"
for tool in npm corepack; do
  [ -d "$node_modules/$tool" ] || continue
  cp -a "$node_modules/$tool" "$root/usr/local/lib/node_modules/"
done
[ -d "$root/usr/local/lib/node_modules/npm" ] && ln -s ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
[ -d "$root/usr/local/lib/node_modules/corepack" ] && ln -s ../lib/node_modules/corepack/dist/corepack.js "$root/usr/local/bin/corepack"
chroot "$root" /usr/local/bin/node --version >/dev/null || fail "the host's node does not run in a bookworm root file system"
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
tar -C "$root" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'CMD ["node"]' - "$TAG" >/dev/null
echo "built $TAG (node $("$node_bin" --version))"
