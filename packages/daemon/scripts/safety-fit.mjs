/**
 * The two ways train-safety.mjs fits the built-in classifier, both by AdaGrad over the same
 * hashed features, with classes weighted so that safe and unsafe weigh the same and word
 * dropout (a word the model never saw leaves a gap, so training with gaps teaches it to judge
 * from the words that remain):
 *
 * - fitLinear: multinomial logistic regression (LinearModel);
 * - fitMlp: a wide-and-deep network (MlpModel), the same linear part plus one ReLU hidden layer
 *   over feature embeddings, which can weigh words by the company they keep.
 *
 * A development row says only "unsafe", not which category: its loss is that of the unsafe
 * classes together (-log of their summed probability).
 */
import { featurize, words } from '../dist/safety/features.js'
import { LinearModel } from '../dist/safety/linear.js'
import { MlpModel } from '../dist/safety/mlp.js'

export const CLASSES = ['benign', 'harmful', 'self-harm', 'sexual', 'hateful', 'criminal', 'privacy']

/** mulberry32: a small seeded generator, so every run shuffles alike. */
export function random (seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Rows as training examples, with the weight that balances safe against unsafe. */
function examplesOf (rows, spec) {
  const examples = rows.map(r => {
    const tokens = words(r.prompt)
    return { tokens, x: featurize(tokens, spec), y: r.category != null ? CLASSES.indexOf(r.category) : (r.label === 'safe' ? 0 : -1), w: r.weight ?? 1 }
  })
  const safeWeight = examples.reduce((s, e) => s + (e.y === 0 ? e.w : 0), 0)
  const total = examples.reduce((s, e) => s + e.w, 0)
  for (const e of examples) e.w *= e.y === 0 ? total / (2 * safeWeight) : total / (2 * (total - safeWeight))
  return examples
}

/**
 * Fills `target` with what the probabilities `p` should have been and returns the loss: one-hot
 * for a known class, the unsafe classes in their present proportions for a row labelled only
 * "unsafe".
 */
function setTarget (target, p, y) {
  const k = target.length
  if (y >= 0) {
    target.fill(0)
    target[y] = 1
    return -Math.log(Math.max(p[y], 1e-12))
  }
  const unsafe = 1 - p[0]
  for (let c = 0; c < k; c++) target[c] = c === 0 ? 0 : p[c] / Math.max(unsafe, 1e-12)
  return -Math.log(Math.max(unsafe, 1e-12))
}

/** Epochs over shuffled examples, each read with word dropout; `step(x, y, w)` returns its loss. */
function epochs (examples, spec, { epochs, dropout, seed }, step) {
  const next = random(seed)
  const order = examples.map((_, i) => i)
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [order[i], order[j]] = [order[j], order[i]] }
    let loss = 0
    for (const i of order) {
      const e = examples[i]
      const x = dropout > 0 ? featurize(e.tokens.map(t => next() < dropout ? '_' : t), spec) : e.x
      loss += step(x, e.y, e.w)
    }
    console.error(`epoch ${epoch + 1}/${epochs}: loss ${(loss / order.length).toFixed(4)}`)
  }
}

/** One AdaGrad step on weights[at] with gradient g. */
function adagrad (weights, squares, at, g, lr) {
  squares[at] += g * g
  weights[at] -= lr * g / Math.sqrt(squares[at])
}

/**
 * AdaGrad steps, with L2, on column `column` of the rows a sparse vector touches, in weights
 * stored bucket-major with `stride` columns, for gradient g on that column's output.
 */
function sparseStep (weights, squares, x, stride, column, g, l2, lr) {
  for (let f = 0; f < x.indices.length; f++) {
    const at = x.indices[f] * stride + column
    adagrad(weights, squares, at, g * x.values[f] + l2 * weights[at], lr)
  }
}

export function fitLinear (rows, spec, { epochs: n, lr, l2, dropout, seed }) {
  const k = CLASSES.length
  const model = new LinearModel(CLASSES, spec, new Float32Array((1 << spec.hashBits) * k), new Float32Array(k), 0.5)
  const squares = new Float32Array(model.weights.length).fill(1e-8)
  const biasSquares = new Float32Array(k).fill(1e-8)
  const target = new Float32Array(k)
  epochs(examplesOf(rows, spec), spec, { epochs: n, dropout, seed }, (x, y, w) => {
    const p = model.probabilities(x)
    const loss = w * setTarget(target, p, y)
    for (let c = 0; c < k; c++) {
      const g = w * (p[c] - target[c])
      adagrad(model.bias, biasSquares, c, g, lr)
      sparseStep(model.weights, squares, x, k, c, g, l2, lr)
    }
    return loss
  })
  return model
}

/** The wide-and-deep network: `hidden` units, `deepLr` the hidden layers' learning rate. */
export function fitMlp (rows, spec, { epochs: n, lr, deepLr, l2, dropout, seed, hidden }) {
  const k = CLASSES.length
  const buckets = 1 << spec.hashBits
  const next = random(seed * 7919)
  const uniform = a => (next() * 2 - 1) * a
  const embeddings = Float32Array.from({ length: buckets * hidden }, () => uniform(1))
  const w2 = Float32Array.from({ length: k * hidden }, () => uniform(1 / Math.sqrt(hidden)))
  const model = new MlpModel(CLASSES, spec, hidden, embeddings, new Float32Array(hidden).fill(0.1), w2, new Float32Array(k), new Float32Array(buckets * k), 0.5)
  const sq = {
    embeddings: new Float32Array(embeddings.length).fill(1e-8),
    b1: new Float32Array(hidden).fill(1e-8),
    w2: new Float32Array(w2.length).fill(1e-8),
    b2: new Float32Array(k).fill(1e-8),
    wide: new Float32Array(model.wide.length).fill(1e-8)
  }
  const target = new Float32Array(k)
  const gh = new Float32Array(hidden)
  epochs(examplesOf(rows, spec), spec, { epochs: n, dropout, seed }, (x, y, w) => {
    const h = model.hiddenLayer(x)
    const p = model.output(x, h)
    const loss = w * setTarget(target, p, y)
    gh.fill(0)
    for (let c = 0; c < k; c++) {
      const g = w * (p[c] - target[c])
      adagrad(model.b2, sq.b2, c, g, lr)
      sparseStep(model.wide, sq.wide, x, k, c, g, l2, lr)
      for (let j = 0; j < hidden; j++) {
        const at = c * hidden + j
        if (h[j] > 0) gh[j] += g * model.w2[at]
        adagrad(model.w2, sq.w2, at, g * h[j], deepLr)
      }
    }
    for (let j = 0; j < hidden; j++) {
      if (gh[j] === 0) continue
      adagrad(model.b1, sq.b1, j, gh[j], deepLr)
      sparseStep(model.embeddings, sq.embeddings, x, hidden, j, gh[j], l2, deepLr)
    }
    return loss
  })
  return model
}
