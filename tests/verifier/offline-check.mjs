#!/usr/bin/env node
// Runs the check page's own script (crates/web/assets/check.js) outside a browser, with
// Node's WebCrypto: the same Ed25519 check a verifier's phone does with no network.
//
//   node offline-check.mjs CHECK.js KEYS.json TOKEN ID
//
// Prints {"ok": …, "summary": …}; exits 0 when the signature checks, 1 otherwise.
import {readFileSync} from 'node:fs';
import vm from 'node:vm';

const [script, keysFile, token, id] = process.argv.slice(2);
vm.runInThisContext(readFileSync(script, 'utf8'));
const keys = JSON.parse(readFileSync(keysFile, 'utf8'));
let result;
try {
  result = await globalThis.academyCheck('#' + token, keys, id);
} catch(e) {
  result = {ok: false, error: String(e)};
}
console.log(JSON.stringify(result));
process.exit(result.ok ? 0 : 1);
