// Runs inside a host's network namespace (`ip netns exec NS node netns-forward.mjs SOCKET PORT`):
// accepts connections on a Unix socket, which every namespace shares through the file system,
// and relays each to 127.0.0.1:PORT in this namespace, where the host's daemon serves its API.
import { createConnection, createServer } from 'node:net'
import { rmSync } from 'node:fs'

const [socketPath, port] = process.argv.slice(2)
rmSync(socketPath, { force: true })
createServer(client => {
  const upstream = createConnection(Number(port), '127.0.0.1')
  client.pipe(upstream).pipe(client)
  // a dead daemon refuses the connection: the caller sees the socket close
  upstream.on('error', () => client.destroy())
  client.on('error', () => upstream.destroy())
}).listen(socketPath, () => { process.stdout.write('ready\n') })
