import { createOpenAIRoutes } from './api/openai.js'
import type { Answerer } from './api/openai.js'
import type { Routes } from './api/server.js'
import { loadCalibration } from './inference/calibration.js'
import { CloudBackend } from './inference/cloud.js'
import type { CloudBackendInit } from './inference/cloud.js'
import { LocalBackend } from './inference/local.js'
import type { LocalBackendInit } from './inference/local.js'
import type { Counters } from './metrics.js'
import { DEFAULT_MAX_REQUEST_BYTES } from './constants.js'

export interface ServingInit {
  /** The local model, if this node hosts one. */
  local?: LocalBackendInit
  /** The cloud model, if this node holds cloud credentials. */
  cloud?: CloudBackendInit
  /** Defaults to DEFAULT_MAX_REQUEST_BYTES. */
  maxRequestBytes?: number
}

/** The backends a node answers with, and the OpenAI-compatible routes over them. */
export interface Serving {
  local?: LocalBackend
  cloud?: CloudBackend
  answerers: Answerer[]
  routes: (nodeId: () => string | null, counters: Counters) => Routes
  dispose: () => Promise<void>
}

/** Loads the local model (and its calibration, if one lies beside it) and the cloud client. */
export async function loadServing (init: ServingInit): Promise<Serving> {
  const answerers: Answerer[] = []
  const local = init.local != null ? await LocalBackend.load(init.local) : undefined
  if (local != null) answerers.push({ backend: local, route: 'local', calibration: await loadCalibration(init.local!.modelPath) })
  const cloud = init.cloud != null ? new CloudBackend(init.cloud) : undefined
  if (cloud != null) answerers.push({ backend: cloud, route: 'cloud' })
  return {
    local,
    cloud,
    answerers,
    routes: (nodeId, counters) => createOpenAIRoutes({ maxRequestBytes: init.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES }, { answerers, nodeId, counters }),
    dispose: async () => { await local?.dispose(); await cloud?.dispose() }
  }
}
