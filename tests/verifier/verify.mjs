#!/usr/bin/env node
// The independent check of the academy's credentials, with libraries we did not write
// (@digitalbazaar/vc and the eddsa-rdfc-2022 cryptosuite), fully offline:
//
//   node verify.mjs CREDENTIAL.json --did DID.json --status-list LIST.json
//
// Exit 0 when the proof, the issuer's key and the revocation status all check; 1 otherwise,
// with the reasons on standard output.
import {readFileSync} from 'node:fs';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from
  '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {makeDocumentLoader} from './lib.mjs';
import {checkStatusFromLocalList} from './status.mjs';

const args = process.argv.slice(2);
const opt = name => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const didDocumentFile = opt('--did');
const statusListFile = opt('--status-list');
const credentialFile = args.find(a => !a.startsWith('--'));
if(!credentialFile || !didDocumentFile || !statusListFile) {
  console.error(
    'usage: node verify.mjs CREDENTIAL.json --did DID.json --status-list LIST.json');
  process.exit(2);
}
const credential = JSON.parse(readFileSync(credentialFile, 'utf8'));
const documentLoader = makeDocumentLoader({didDocumentFile});
const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
const result = await vc.verifyCredential({
  credential,
  suite,
  documentLoader,
  checkStatus: opts => checkStatusFromLocalList({
    ...opts, statusListFile, documentLoader, suite,
  }),
});
if(result.verified) {
  console.log('VERIFIED by ' + result.results?.[0]?.verificationMethod?.id);
  process.exit(0);
}
const errors = [];
const collect = e => {
  if(!e) {
    return;
  }
  if(Array.isArray(e)) {
    return e.forEach(collect);
  }
  if(e.errors) {
    collect(e.errors);
  }
  errors.push(e.message ?? String(e));
};
collect(result.error);
for(const r of result.results ?? []) {
  collect(r.error);
}
collect(result.statusResult?.error);
console.log('NOT VERIFIED: ' + [...new Set(errors)].join(' | '));
process.exit(1);
