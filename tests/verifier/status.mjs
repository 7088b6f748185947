// checkStatus for vc.verifyCredential(): uses @digitalbazaar/vc-bitstring-status-list
// against a LOCAL copy of the status list credential (served by the
// documentLoader under its statusListCredential URL). That library verifies
// the status list credential's own proof and that its issuer matches, but
// returns verified:true even when the bit is set, so a set bit (revoked) is
// turned into verified:false here.
import {existsSync, readFileSync} from 'node:fs';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';

export async function checkStatusFromLocalList({
  credential, statusListFile, documentLoader, suite,
}) {
  if(!existsSync(statusListFile)) {
    return {verified: false,
      error: new Error(`status list file ${statusListFile} not found`)};
  }
  const slc = JSON.parse(readFileSync(statusListFile, 'utf8'));
  const loader = async url => url === slc.id ?
    {contextUrl: null, documentUrl: url, document: slc} :
    documentLoader(url);
  const result = await checkStatus({
    credential, documentLoader: loader, suite,
    verifyBitstringStatusListCredential: true,
    verifyMatchingIssuers: true,
  });
  if(!result.verified) {
    return result;
  }
  const revoked = result.results.filter(
    r => r.status && r.credentialStatus.statusPurpose === 'revocation');
  if(revoked.length > 0) {
    return {...result, verified: false,
      error: new Error('credential is revoked (status bit set)')};
  }
  return result;
}
