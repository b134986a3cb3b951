#!/usr/bin/env bash
# End to end in Docker: builds the images, brings the Compose swarm up, asks it from two
# containers, stops one edge mid-run, checks the swarm still answers, and tears it all down.
#
#   sudo docker/e2e.sh        # needs root, docker.io, docker-compose, debootstrap, iproute2
#
# dockerd runs inside a network namespace of its own, with its own data root and socket, so
# its bridges (and the daemons' mDNS) never touch this machine's interfaces, and it never meets
# a system dockerd. With --iptables=false a container has no way out: the image is built from
# the workspace already installed and built here (`pnpm install && pnpm build`).
set -euo pipefail
cd "$(dirname "$0")/.."
say () { echo "== $*"; }
fail () { echo "FAIL: $*" >&2; exit 1; }

ROOT=${SWARM_LLM_DOCKER_ROOT:-/var/tmp/swarm-llm-docker}   # kept between runs: the base image is cached
NS=swl-docker-$$
RUN=$(mktemp -d /tmp/swl-e2e.XXXXXX)
export DOCKER_HOST=unix://$RUN/docker.sock
export SWARM_KEY_FILE=$RUN/swarm.key CLOUD_API_KEY=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
compose () { docker-compose -p swl-e2e -f docker/compose.yaml "$@"; }
mkdir -p "$ROOT"

cleanup () {
  set +e
  compose down -v --timeout 5 >/dev/null 2>&1
  docker image prune -f >/dev/null 2>&1   # the image this run replaced; the base image stays cached
  [ -f "$RUN/dockerd.pid" ] && kill "$(cat "$RUN/dockerd.pid")" 2>/dev/null && sleep 2
  for pid in $(ip netns pids "$NS" 2>/dev/null); do kill -9 "$pid" 2>/dev/null; done
  ip netns del "$NS" 2>/dev/null
  rm -rf "$RUN"
}
trap cleanup EXIT

for tool in dockerd docker docker-compose debootstrap ip; do command -v $tool >/dev/null || fail "$tool is missing (apt-get install docker.io docker-compose debootstrap iproute2)"; done
[ -f packages/cli/dist/cli.js ] || fail "build the workspace first: pnpm install && pnpm build"

say "dockerd in network namespace $NS"
ip netns add "$NS"
ip -n "$NS" link set lo up
# nsenter, not `ip netns exec`: that remounts /sys, and dockerd needs the cgroup mounts under it
nsenter --net=/var/run/netns/"$NS" dockerd --iptables=false --ip6tables=false --data-root "$ROOT/data" --exec-root "$RUN/exec" \
  --pidfile "$RUN/dockerd.pid" -H "$DOCKER_HOST" > "$RUN/dockerd.log" 2>&1 &
for _ in $(seq 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
docker info >/dev/null 2>&1 || { tail -20 "$RUN/dockerd.log" >&2; fail "dockerd did not start"; }

say "base image"
docker/base/build-base.sh
say "swarm-llm image (the host's built workspace)"
docker build -q -f docker/Dockerfile --target prebuilt --build-arg BASE_IMAGE=swarm-llm/base:bookworm -t swarm-llm:latest . >/dev/null

node packages/cli/dist/cli.js keygen --out "$SWARM_KEY_FILE" >/dev/null
chmod 644 "$SWARM_KEY_FILE"   # read by the containers' unprivileged user

say "swarm up"
compose up -d
for _ in $(seq 120); do
  healthy=$(for s in cloud edge-a edge-b edge-c; do docker inspect -f '{{.State.Health.Status}}' "$(compose ps -q $s)"; done | grep -c '^healthy$' || true)
  [ "$healthy" = 4 ] && break
  sleep 1
done
[ "$healthy" = 4 ] || { compose ps; compose logs --tail 20; fail "the swarm did not become healthy"; }

peers () { compose exec -T "$1" swarm-llm peers --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).length))'; }
for _ in $(seq 60); do [ "$(peers edge-a)" = 2 ] && [ "$(peers edge-c)" = 2 ] && break; sleep 1; done
[ "$(peers edge-a)" = 2 ] || fail "edge-a does not see its two peers"
echo "ok - three edges found each other by mDNS"

# asks the swarm from a container; prints the route and fails on an error
ask () {
  local out
  out=$(compose exec -T "$1" swarm-llm ask --json "$2") || fail "ask from $1 failed: $out"
  echo "$out" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);if(!r.receipt?.route)process.exit(1);console.log(`${r.receipt.route}: ${r.answer}`)})' \
    || fail "no answer with a route from $1: $out"
}
echo "ok - edge-a asked: $(ask edge-a 'Who founded Tabri?')"
echo "ok - edge-c asked: $(ask edge-c 'What is 2 + 3?')"

say "stop edge-c mid-run"
ask edge-a 'What is the capital of Vormland?' > "$RUN/during" &
asking=$!
sleep 0.5
compose stop -t 0 edge-c >/dev/null
wait $asking || fail "the query in flight when edge-c stopped failed: $(cat "$RUN/during")"
echo "ok - the query in flight answered: $(cat "$RUN/during")"
echo "ok - after edge-c stopped, edge-b asked: $(ask edge-b 'Who founded Tabri?')"
echo "ok - after edge-c stopped, edge-a asked: $(ask edge-a 'What is 4 + 4?')"
say "e2e passed"
