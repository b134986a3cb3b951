#!/usr/bin/env bash
# Builds the local base image swarm-llm/base:bookworm from a Debian root file system made with
# debootstrap, for machines that cannot pull images (such as this project's CI). Elsewhere the
# Dockerfile's default base, node:20-bookworm-slim, does the same job.
#
#   docker/base/build-base.sh [--force]      # skips the build when the image exists
#
# Node 20: Debian bookworm packages Node 18, so the host's own `node` binary (Node 20) is copied
# in. It links only glibc, libstdc++ and libgcc, which a bookworm minbase system has.
set -euo pipefail
TAG=${SWARM_LLM_BASE_TAG:-swarm-llm/base:bookworm}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
if [ "${1:-}" != --force ] && docker image inspect "$TAG" >/dev/null 2>&1; then
  echo "$TAG exists (--force rebuilds it)"
  exit 0
fi
command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install debootstrap" >&2; exit 1; }
node_bin=$(command -v node)
[ "$("$node_bin" -p 'process.versions.node.split(".")[0]')" -ge 20 ] || { echo "the host's node must be version 20 or later" >&2; exit 1; }

root=$(mktemp -d /var/tmp/swarm-llm-rootfs.XXXXXX)
trap 'rm -rf "$root"' EXIT
echo "debootstrap bookworm (minbase) from $MIRROR"
debootstrap --variant=minbase --include=ca-certificates bookworm "$root" "$MIRROR" > "$root.log" 2>&1 || { tail -20 "$root.log" >&2; exit 1; }
rm -f "$root.log"
cp "$node_bin" "$root/usr/local/bin/node"
chroot "$root" /usr/local/bin/node --version
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
tar -C "$root" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'CMD ["node"]' - "$TAG"
echo "built $TAG"
