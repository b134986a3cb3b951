import { loadCalibration } from './calibration.js'
import { CloudBackend } from './cloud.js'
import type { CloudBackendInit } from './cloud.js'
import { LocalBackend } from './local.js'
import type { LocalBackendInit } from './local.js'
import type { Calibration } from './calibration.js'

export interface BackendsInit {
  /** The local model, if this node hosts one. */
  local?: LocalBackendInit
  /** The cloud model, if this node holds cloud credentials. */
  cloud?: CloudBackendInit
}

/** The models one node runs itself, each with its calibration. */
export interface Backends {
  local?: { backend: LocalBackend, calibration?: Calibration }
  cloud?: { backend: CloudBackend, calibration?: Calibration }
  dispose: () => Promise<void>
}

/** Loads the local model (and its calibration, if one lies beside it) and the cloud client. */
export async function loadBackends (init: BackendsInit): Promise<Backends> {
  const local = init.local != null ? await LocalBackend.load(init.local) : undefined
  const calibration = init.local != null ? await loadCalibration(init.local.modelPath).catch(async err => { await local?.dispose(); throw err }) : undefined
  const cloud = init.cloud != null ? new CloudBackend(init.cloud) : undefined
  return {
    local: local != null ? { backend: local, calibration } : undefined,
    cloud: cloud != null ? { backend: cloud } : undefined,
    dispose: async () => { await local?.dispose(); await cloud?.dispose() }
  }
}
