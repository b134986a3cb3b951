import { SWARM_MODEL_ID } from './constants.js'
import type { RouterComponents } from './components.js'

/** A model a client may name, and the nodes that serve it. */
export interface CatalogueEntry {
  id: string
  ownedBy: string
  nodes: string[]
}

/** Every model a client may name: `swarm`, this node's, the peers', and the cloud's. */
export function catalogue (components: RouterComponents, swarm: boolean): CatalogueEntry[] {
  const byId = new Map<string, { id: string, ownedBy: string, nodes: Set<string> }>()
  const add = (id: string, ownedBy: string, node: string | null): void => {
    const entry = byId.get(id) ?? { id, ownedBy, nodes: new Set<string>() }
    byId.set(id, entry)
    if (node != null) entry.nodes.add(node)
  }
  const self = components.nodeId()
  if (swarm) add(SWARM_MODEL_ID, 'swarm-llm', self)
  if (components.local != null) add(components.local.backend.info.modelId, 'swarm-llm', self)
  if (swarm) for (const m of components.peers?.models() ?? []) add(m.modelId, 'swarm-llm', m.node)
  if (components.cloud != null) add(components.cloud.backend.info.modelId, 'cloud', self)
  if (swarm) for (const m of components.summon?.models() ?? []) add(m.modelId, 'cloud', m.node)
  return [...byId.values()].map(e => ({ id: e.id, ownedBy: e.ownedBy, nodes: [...e.nodes] }))
}
