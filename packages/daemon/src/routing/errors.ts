/** A client named a model that no node of the swarm hosts. */
export class UnknownModelError extends Error {
  static name = 'UnknownModelError'
  constructor (readonly model: string) {
    super(`the model "${model}" is not hosted in this swarm; GET /v1/models lists those that are`)
    this.name = 'UnknownModelError'
  }
}

/** No model anywhere could answer: none hosted here, no peer answered, and the cloud was out of reach. */
export class NoAnswerError extends Error {
  static name = 'NoAnswerError'
  constructor (readonly why: string) {
    super(`no model in the swarm could answer: ${why}`)
    this.name = 'NoAnswerError'
  }
}

/** No node that holds cloud credentials is in the swarm, or every one failed. */
export class NoSummonerError extends Error {
  static name = 'NoSummonerError'
  constructor (message = 'no node of the swarm can summon the cloud') {
    super(message)
    this.name = 'NoSummonerError'
  }
}

/** A summoner refused because its cloud budget for this minute is spent. */
export class CloudBudgetError extends Error {
  static name = 'CloudBudgetError'
  constructor (message = 'the cloud call cap for this minute is reached') {
    super(message)
    this.name = 'CloudBudgetError'
  }
}

/** A forced route cannot be taken: e.g. `route: "local"` on a node that hosts no model. */
export class RouteUnavailableError extends Error {
  static name = 'RouteUnavailableError'
  constructor (message: string) {
    super(message)
    this.name = 'RouteUnavailableError'
  }
}

/** The query's time budget ran out before a stage could answer; the router answers with what it has, or with this. */
export class QueryBudgetError extends Error {
  static name = 'QueryBudgetError'
  constructor (readonly budgetMs: number, stage: string) {
    super(`the query's time budget of ${budgetMs} ms ran out in the ${stage} stage`)
    this.name = 'QueryBudgetError'
  }
}
