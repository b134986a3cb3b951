#!/usr/bin/env bash
# End to end in Docker: builds the images, brings the Compose swarm up, asks it from two
# containers and through the cloud key holder, stops one edge while a query waits on it, checks
# the swarm still answers, and tears it all down. Each check prints `ok - ...`; any failure
# prints `FAIL: ...` and exits non-zero.
#
#   sudo docker/e2e.sh        # root; installs docker.io, docker-compose, debootstrap if missing
#
# dockerd runs inside a network namespace of its own, with its own data root, exec root,
# socket and containerd namespace, so its bridges (and the daemons' mDNS) never touch this
# machine's interfaces, and it never meets a system dockerd. With --iptables=false a container
# has no way out: the image is built from the workspace already installed and built here
# (`pnpm install && pnpm build`).
set -euo pipefail
cd "$(dirname "$0")/.."
say () { echo "== $* (${SECONDS}s)"; }
fail () { echo "FAIL: $*" >&2; exit 1; }

# Debian's docker.io CLI before any other docker on the PATH, so that every machine runs the same
export PATH=/usr/sbin:/usr/bin:$PATH
ROOT=${SWARM_LLM_DOCKER_ROOT:-/var/tmp/swarm-llm-docker}   # kept between runs: the base image is cached
NS=swl-docker-$$
RUN=$(mktemp -d /tmp/swl-e2e.XXXXXX)
PROJECT=swl-e2e
export DOCKER_HOST=unix://$RUN/docker.sock
export SWARM_KEY_FILE=$RUN/swarm.key CLOUD_API_KEY=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')

[ "$(id -u)" = 0 ] || fail "must run as root: it creates a network namespace and runs dockerd"
[ -f packages/cli/dist/cli.js ] || fail "build the workspace first: pnpm install && pnpm build"
need=()
command -v dockerd >/dev/null || need+=(docker.io)
command -v docker-compose >/dev/null || need+=(docker-compose)
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v ip >/dev/null || need+=(iproute2)
if [ "${#need[@]}" -gt 0 ]; then
  say "installing ${need[*]}"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/dev/null \
    || fail "could not install ${need[*]} (apt-get install ${need[*]})"
fi

# One run at a time: two dockerds on one data root would corrupt it.
mkdir -p "$ROOT"
exec 9>"$ROOT/lock"
flock -n 9 || { echo "waiting for another e2e run to finish"; flock 9; }

compose () { docker-compose -p "$PROJECT" -f docker/compose.yaml -f "$RUN/e2e.yaml" "$@"; }

cleanup () {
  local status=$?
  set +e
  if docker info >/dev/null 2>&1; then
    if [ "$status" != 0 ]; then
      echo "-- the swarm when it failed:" >&2
      compose ps >&2
      compose logs --no-color --tail 25 >&2
    fi
    compose down -v --timeout 5 >/dev/null 2>&1
    docker rm -f $(docker ps -aq) >/dev/null 2>&1
    docker image prune -f >/dev/null 2>&1   # the image this run replaced; the base image stays cached
  fi
  if [ -f "$RUN/dockerd.pid" ]; then
    local pid
    pid=$(cat "$RUN/dockerd.pid")
    kill "$pid" 2>/dev/null
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  for pid in $(ip netns pids "$NS" 2>/dev/null); do kill -9 "$pid" 2>/dev/null; done
  ip netns del "$NS" 2>/dev/null
  rm -rf "$RUN"
  [ "$status" = 0 ] || echo "FAIL: docker/e2e.sh exited with status $status" >&2
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

say "dockerd in network namespace $NS"
ip netns add "$NS"
ip -n "$NS" link set lo up
echo '{}' > "$RUN/daemon.json"   # never read a system /etc/docker/daemon.json
# nsenter, not `ip netns exec`: that remounts /sys, and dockerd needs the cgroup mounts under it.
# The containerd namespaces keep our containers apart should a system containerd be running.
nsenter --net=/var/run/netns/"$NS" dockerd --iptables=false --ip6tables=false \
  --config-file "$RUN/daemon.json" --data-root "$ROOT/data" --exec-root "$RUN/exec" --pidfile "$RUN/dockerd.pid" \
  --containerd-namespace swl-e2e --containerd-plugins-namespace swl-e2e-plugins \
  -H "$DOCKER_HOST" > "$RUN/dockerd.log" 2>&1 &
for _ in $(seq 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
docker info >/dev/null 2>&1 || { tail -20 "$RUN/dockerd.log" >&2; fail "dockerd did not start"; }

say "base image"
docker/base/build-base.sh || fail "could not build the base image"
say "swarm-llm image (the host's built workspace)"
docker build -q -f docker/Dockerfile --target prebuilt --build-arg BASE_IMAGE=swarm-llm/base:bookworm -t swarm-llm:latest . >/dev/null \
  || fail "could not build the swarm-llm image"

node packages/cli/dist/cli.js keygen --out "$SWARM_KEY_FILE" >/dev/null
chmod 644 "$SWARM_KEY_FILE"   # read by the containers' unprivileged user
# edge-c answers its peers late, so that a query is still waiting on it when it is stopped
cat > "$RUN/e2e.yaml" <<'EOF'
services:
  edge-c:
    environment:
      SWARM_LLM_ANSWER_DELAY_MS: "6000"
EOF

say "swarm up"
compose up -d >/dev/null 2>&1 || { compose up -d; fail "docker-compose up failed"; }
healthy=0
for _ in $(seq 120); do
  healthy=$(for s in cloud edge-a edge-b edge-c; do docker inspect -f '{{.State.Health.Status}}' "$(compose ps -q $s)" 2>/dev/null; done | grep -c '^healthy$' || true)
  [ "$healthy" = 4 ] && break
  sleep 1
done
[ "$healthy" = 4 ] || fail "the swarm did not become healthy: $healthy of 4 containers are"
echo "ok - the cloud stand-in and three edges are healthy (${SECONDS}s)"

# reads a JSON document on stdin and prints one expression of it (`d` is the document)
json () { node -e 'let s="";process.stdin.on("data",c=>s+=c).on("end",()=>{const d=JSON.parse(s);const v=('"$1"');if(v==null)process.exit(1);console.log(v)})'; }
peers () { compose exec -T "$1" swarm-llm peers --json 2>/dev/null | json 'd.length' || echo 0; }
peer_id () { compose exec -T "$1" swarm-llm status --json | json 'd.peerId' || fail "no peer id from $1"; }

for _ in $(seq 60); do
  [ "$(peers edge-a)" = 2 ] && [ "$(peers edge-b)" = 2 ] && [ "$(peers edge-c)" = 2 ] && break
  sleep 1
done
for s in edge-a edge-b edge-c; do [ "$(peers $s)" = 2 ] || fail "$s sees $(peers $s) peers, not its two"; done
echo "ok - three edges found each other by mDNS (${SECONDS}s)"

# asks the swarm from a container (ask SERVICE NAME QUESTION [ASK FLAGS]); keeps the reply in
# $RUN/NAME.json and prints its route and the answer's first line
ask () {
  local out
  out=$(compose exec -T "$1" swarm-llm ask --json "${@:3}" 2>&1) || fail "ask from $1 failed: $out"
  echo "$out" > "$RUN/$2.json"
  json '`${d.receipt.route}: ${String(d.answer).split("\n")[0].slice(0, 60)}`' < "$RUN/$2.json" \
    || fail "no answer with a route from $1: $out"
}
line=$(ask edge-a first 'Who founded Tabri?')
echo "ok - edge-a asked: $line"
line=$(ask edge-c second 'What is 2 + 3?')
echo "ok - edge-c asked: $line"

# edge-a holds no cloud key: a cloud answer must come through edge-b, the only node with one
line=$(ask edge-a cloud 'What is the capital of Vormland?' --route cloud)
[ "$(json 'd.receipt.route' < "$RUN/cloud.json")" = cloud ] || fail "the cloud route did not reach the cloud: $line"
[ "$(json 'd.receipt.summoner' < "$RUN/cloud.json")" = "$(peer_id edge-b)" ] || fail "the cloud was not summoned through edge-b"
echo "ok - edge-a reached the cloud through edge-b's key: $line"

say "stop edge-c while a query waits on it"
edge_c_id=$(peer_id edge-c)
ask edge-a during 'What is 4 + 4?' --route peers > "$RUN/during.out" &
asking=$!
sleep 2
kill -0 "$asking" 2>/dev/null || fail "the query ended before edge-c stopped, so stopping it proves nothing: $(cat "$RUN/during.out")"
compose stop edge-c >/dev/null 2>&1 || fail "could not stop edge-c"
wait "$asking" || fail "the query in flight when edge-c stopped failed: $(cat "$RUN/during.out")"
edge_c=$(json "d.receipt.votes.find(v => v.node === '$edge_c_id')?.status ?? 'not counted'" < "$RUN/during.json")
echo "ok - the query in flight answered: $(cat "$RUN/during.out") (edge-c: $edge_c)"
for _ in $(seq 30); do [ "$(peers edge-a)" = 1 ] && break; sleep 1; done
[ "$(peers edge-a)" = 1 ] || fail "edge-a still counts $(peers edge-a) peers after edge-c stopped"
echo "ok - edge-a's peer table dropped edge-c (${SECONDS}s)"
line=$(ask edge-b after-b 'Who founded Tabri?')
echo "ok - after edge-c stopped, edge-b asked: $line"
line=$(ask edge-a after-a 'What is 4 + 4?')
echo "ok - after edge-c stopped, edge-a asked: $line"
say "e2e passed"
