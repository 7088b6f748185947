// An offline documentLoader for the independent check: the JSON-LD contexts the academy
// bundles (the same files, from crates/credentials/contexts) and the academy's own DID
// document as the server published it. Any other URL is refused.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const contexts = path.resolve(here, '../../crates/credentials/contexts');
const readJson = p => JSON.parse(readFileSync(p, 'utf8'));

export const CONTEXT_FILES = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json':
    'ob-v3p0-context-3.0.3.json',
  'https://w3id.org/security/data-integrity/v2': 'data-integrity-v2.jsonld',
  'https://w3id.org/security/multikey/v1': 'multikey-v1.jsonld',
};

export function makeDocumentLoader({didDocumentFile}) {
  const docs = new Map();
  for(const [url, file] of Object.entries(CONTEXT_FILES)) {
    docs.set(url, readJson(path.join(contexts, file)));
  }
  const did = readJson(didDocumentFile);
  docs.set(did.id, did);
  for(const vm of did.verificationMethod) {
    docs.set(vm.id, {'@context': 'https://w3id.org/security/multikey/v1', ...vm});
  }
  return async url => {
    if(docs.has(url)) {
      return {contextUrl: null, documentUrl: url, document: docs.get(url)};
    }
    throw new Error(`documentLoader: refusing to load ${url}`);
  };
}
