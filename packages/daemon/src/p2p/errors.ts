/** A peer took a direct stream but refused the message on it (its Ack says why: a RejectReason). */
export class DirectRefusedError extends Error {
  static name = 'DirectRefusedError'
  constructor (peer: string, readonly reason: string) {
    super(`${peer} refused the message: ${reason !== '' ? reason : 'no reason given'}`)
    this.name = 'DirectRefusedError'
  }
}
