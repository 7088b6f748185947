# The academy's interface in Odia. Keys are shared by en, hi and bn; keep the files in step.

academy-name = ASM ଲର୍ଣ୍ଣିଂ ଏକାଡେମୀ
language = ଭାଷା
nav-label = ମୁଖ୍ୟ ମେନୁ
nav-home = ହୋମ୍
nav-me = ମୋ ପେଜ
nav-members = ସଦସ୍ୟ
nav-organisations = ସଂଗଠନ
nav-sign-in = ଲଗ୍ ଇନ୍
nav-sign-out = ଲଗ୍ ଆଉଟ୍
footer = ASM ଲର୍ଣ୍ଣିଂ ଏକାଡେମୀ: ଛୋଟ ଖଣି ଓ ହାତରେ ଖଣି କାମ କରୁଥିବା ଲୋକଙ୍କ ପାଇଁ ଶିଖିବା ଜାଗା, ସବୁଠୁ ଆଗ ଖଣିରେ କାମ କରୁଥିବା ମହିଳାଙ୍କ ପାଇଁ।
go-home = ହୋମ୍ ପେଜକୁ ଯାଆନ୍ତୁ
all = ସବୁ
choose = ବାଛନ୍ତୁ…
other-states = ଅନ୍ୟ ରାଜ୍ୟ ଓ କେନ୍ଦ୍ରଶାସିତ ଅଞ୍ଚଳ
saved = ସେଭ୍ ହୋଇଗଲା।
form-has-errors = କିଛି ଉତ୍ତର ବଦଳାଇବାକୁ ପଡ଼ିବ। ତଳେ ଲାଲ୍ ଲେଖା ଦେଖନ୍ତୁ।

home-title = ଶିଖନ୍ତୁ, ସୁରକ୍ଷିତ ରୁହନ୍ତୁ, ଏକାଠି ଆଗକୁ ବଢ଼ନ୍ତୁ
home-intro = ASM ଲର୍ଣ୍ଣିଂ ଏକାଡେମୀ ଛୋଟ ଖଣି ଓ ପଥର ଖାଦାନରେ କାମ କରୁଥିବା ଲୋକଙ୍କୁ ଶିଖାଏ: ସ୍ୱାସ୍ଥ୍ୟ ଓ ସୁରକ୍ଷା, ଟଙ୍କାପଇସା, ଅଧିକାର, ନେତୃତ୍ୱ ଆଉ ଅନେକ କିଛି, 15ଟି ଛୋଟ ପାଠରେ।
home-women = ଏଠି ଖଣିରେ କାମ କରୁଥିବା ମହିଳାମାନେ ସବୁଠୁ ଆଗରେ। ନିଜ ଫୋନରେ ନିଜେ ଶିଖନ୍ତୁ, ନହେଲେ ନିଜ ଗୋଷ୍ଠୀ ଓ ସହାୟକଙ୍କ ସହ ଶିଖନ୍ତୁ।
home-no-email = ଇ-ମେଲ୍ ଦରକାର ନାହିଁ: ନିଜ ମୋବାଇଲ୍ ନମ୍ବର କିମ୍ବା ସଦସ୍ୟ କୋଡ୍ ଦେଇ ଲଗ୍ ଇନ୍ କରନ୍ତୁ।
home-welcome-back = ସ୍ୱାଗତ, { $name }

sign-in-title = ଲଗ୍ ଇନ୍
sign-in-login = ମୋବାଇଲ୍ ନମ୍ବର କିମ୍ବା ସଦସ୍ୟ କୋଡ୍
sign-in-login-hint = ଯେମିତି 98765 43210 କିମ୍ବା JH-0001234
sign-in-password = ପାସୱାର୍ଡ
sign-in-help = ପାସୱାର୍ଡ ମନେ ନାହିଁ? ଆପଣଙ୍କ ସହାୟକ କିମ୍ବା ଗୋଷ୍ଠୀ ମୁଖିଆଙ୍କୁ କୁହନ୍ତୁ, ସେ ନୂଆ ପାସୱାର୍ଡ ଦେଇଦେବେ।
sign-in-failed = ମୋବାଇଲ୍ ନମ୍ବର କିମ୍ବା ସଦସ୍ୟ କୋଡ୍ ସହ ପାସୱାର୍ଡ ମେଳ ଖାଉନାହିଁ। ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।
sign-in-wait = ବହୁତ ଥର ଭୁଲ୍ ହେଲା। { $minutes ->
    [one] { $shown } ମିନିଟ୍
   *[other] { $shown } ମିନିଟ୍
} ରହି ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।

me-roles = ଏଠି ଆପଣଙ୍କ କାମ
me-code-hint = ଆପଣଙ୍କ ସଦସ୍ୟ କୋଡ୍ ଆପଣଙ୍କ କାର୍ଡରେ ଲେଖାଅଛି। ଏହା ଦେଇ ବି ଲଗ୍ ଇନ୍ କରିହେବ।
member-organisations = ଗୋଷ୍ଠୀ ଓ ସଂଗଠନ
member-no-organisations = ଏଯାଏଁ କୌଣସି ଗୋଷ୍ଠୀରେ ନାହାନ୍ତି।
password-title = ପାସୱାର୍ଡ ବଦଳାନ୍ତୁ
password-current = ପୁରୁଣା ପାସୱାର୍ଡ
password-new = ନୂଆ ପାସୱାର୍ଡ
password-hint = ଅତି କମରେ 8ଟି ଅକ୍ଷର ବା ସଂଖ୍ୟା। ମନେ ରହୁଥିବା ଛୋଟିଆ ବାକ୍ୟଟିଏ ଦେଲେ ଭଲ।
password-save = ନୂଆ ପାସୱାର୍ଡ ସେଭ୍ କରନ୍ତୁ
password-saved = ଆପଣଙ୍କ ନୂଆ ପାସୱାର୍ଡ ସେଭ୍ ହୋଇଗଲା।
password-current-wrong = ପୁରୁଣା ପାସୱାର୍ଡ ଠିକ୍ ନୁହେଁ।
password-too-short = ନୂଆ ପାସୱାର୍ଡରେ ଅତି କମରେ 8ଟି ଅକ୍ଷର ବା ସଂଖ୍ୟା ଦରକାର।

members-search = ନାମ, ମୋବାଇଲ୍ ନମ୍ବର କିମ୍ବା ସଦସ୍ୟ କୋଡ୍ ଦେଇ ଖୋଜନ୍ତୁ
members-filter = ଦେଖାନ୍ତୁ
members-count = { $n ->
    [one] { $shown } ଜଣ ସଦସ୍ୟ
   *[other] { $shown } ଜଣ ସଦସ୍ୟ
}
member-new-title = ନୂଆ ସଦସ୍ୟ ଯୋଡ଼ନ୍ତୁ
member-edit = ବିବରଣୀ ବଦଳାନ୍ତୁ
member-save = ସେଭ୍ କରନ୍ତୁ
member-roles = ଭୂମିକା
member-roles-save = ଭୂମିକା ସେଭ୍ କରନ୍ତୁ
member-join = ଗୋଷ୍ଠୀରେ ଯୋଡ଼ନ୍ତୁ (ଗୋଷ୍ଠୀର ପୂରା ଠିକ୍ ନାମ ଲେଖନ୍ତୁ)
member-join-button = ଯୋଡ଼ନ୍ତୁ
member-join-unknown = ଏହି ନାମରେ କୌଣସି ସଂଗଠନ ନାହିଁ। ନାମ ଠିକ୍ ଲେଖାଯାଇଛି କି ନାହିଁ ଦେଖନ୍ତୁ, ନହେଲେ ଆଗେ ସଂଗଠନଟିକୁ ଯୋଡ଼ନ୍ତୁ।
member-org-role = ଗୋଷ୍ଠୀରେ ଭୂମିକା
member-leave = ହଟାନ୍ତୁ

organisations-search = ନାମ ଦେଇ ଖୋଜନ୍ତୁ
organisations-count = { $n ->
    [one] { $shown }ଟି ସଂଗଠନ
   *[other] { $shown }ଟି ସଂଗଠନ
}
organisation-new-title = ନୂଆ ସଂଗଠନ ଯୋଡ଼ନ୍ତୁ
organisation-edit-title = ସଂଗଠନର ବିବରଣୀ ବଦଳାନ୍ତୁ
organisation-filter-members = ଏହାର ସଦସ୍ୟଙ୍କୁ ଦେଖନ୍ତୁ

page-prev = ପଛକୁ
page-next = ଆଗକୁ
page-of = ପେଜ { $page } (ମୋଟ { $pages })

field-code = ସଦସ୍ୟ କୋଡ୍
field-full-name = ପୂରା ନାମ
field-full-name-hint = ସଦସ୍ୟ ନିଜେ ଯେମିତି ଲେଖନ୍ତି, ଯେକୌଣସି ଲିପିରେ।
field-phone = ମୋବାଇଲ୍ ନମ୍ବର (ଜରୁରୀ ନୁହେଁ)
field-phone-hint = 10ଟି ଅଙ୍କ, ଯେମିତି 98765 43210।
field-gender = ଲିଙ୍ଗ
field-birth-year = ଜନ୍ମ ବର୍ଷ (ଜରୁରୀ ନୁହେଁ)
field-state = ରାଜ୍ୟ
field-district = ଜିଲ୍ଲା
field-village = ଗାଁ
field-place = ଜାଗା
field-stakeholder = ଖଣିରେ କାମ
field-language = ପସନ୍ଦର ଭାଷା
field-role = ଭୂମିକା
field-consent = ତଥ୍ୟ ରଖିବାକୁ ସମ୍ମତି
field-consent-box = ସଦସ୍ୟ ରାଜି ଅଛନ୍ତି ଯେ, ତାଙ୍କ ଶିଖିବା ପାଇଁ ଏକାଡେମୀ ଏହି ବିବରଣୀ ରଖିବ।
field-consent-by = କିଏ ସମ୍ମତି ନେଲେ
field-org-name = ନାମ
field-org-kind = ସଂଗଠନର ପ୍ରକାର
consent-given = ସମ୍ମତି ମିଳିଛି, { $by } ନେଇଛନ୍ତି
consent-none = ଲେଖା ହୋଇନାହିଁ

problem-required = ଏହା ଭରିବା ଦରକାର।
problem-too-long = ବହୁତ ଲମ୍ବା: ବେଶୀରେ ବେଶୀ { $max }ଟି ଅକ୍ଷର।
problem-not-allowed = ତାଲିକାରୁ ଗୋଟିଏ ବାଛନ୍ତୁ।
problem-bad-phone = ମୋବାଇଲ୍ ନମ୍ବର 10 ଅଙ୍କର ହେବା ଦରକାର ଓ 6, 7, 8 କିମ୍ବା 9ରେ ଆରମ୍ଭ ହେବା ଦରକାର।
problem-bad-member-code = ଏହା ସଦସ୍ୟ କୋଡ୍ ପରି ଲାଗୁନାହିଁ। ସଦସ୍ୟ କୋଡ୍ ଏମିତି ହୁଏ: JH-0001234
problem-bad-year = { $from }ରୁ { $to } ଭିତରେ ଗୋଟିଏ ବର୍ଷ ଲେଖନ୍ତୁ।
problem-taken = ଏହା ଆଗରୁ ଆଉ ଜଣେ ସଦସ୍ୟଙ୍କ ନାମରେ ଅଛି।
problem-name-taken = ଏହି ନାମରେ ଗୋଟିଏ ସଂଗଠନ ଆଗରୁ ଅଛି।
problem-semicolon = ନାମରେ ";" ଲେଖନ୍ତୁ ନାହିଁ।

error-not-found-title = ପେଜ ମିଳିଲା ନାହିଁ
error-not-found = ଏହି ଠିକଣାରେ କୌଣସି ପେଜ ନାହିଁ। ହୁଏତ ଏହା ଅନ୍ୟ ଜାଗାକୁ ଚାଲିଯାଇଛି।
error-forbidden-title = ଏହା ଆପଣଙ୍କ ଭୂମିକା ପାଇଁ ନୁହେଁ
error-forbidden = ଏହି ପେଜ ଅନ୍ୟ ଭୂମିକା ପାଇଁ। ଦରକାର ହେଲେ ଏକାଡେମୀର ମ୍ୟାନେଜରଙ୍କୁ କୁହନ୍ତୁ।
error-stale-form-title = ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ
error-stale-form = ଏହି ଫର୍ମ ବହୁତ ସମୟ ଖୋଲା ରହିଗଲା କିମ୍ବା ଅନ୍ୟ ପେଜରୁ ଆସିଛି। ପଛକୁ ଯାଆନ୍ତୁ, ପେଜଟି ପୁଣି ଖୋଲନ୍ତୁ (ରିଲୋଡ୍ କରନ୍ତୁ) ଓ ଆଉ ଥରେ ପଠାନ୍ତୁ।
error-internal-title = କିଛି ଅସୁବିଧା ହୋଇଗଲା
error-internal = ଆମ ପଟେ କିଛି ଅସୁବିଧା ହୋଇଗଲା। ଟିକେ ପରେ ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।

gender-woman = ମହିଳା
gender-man = ପୁରୁଷ
gender-another = ଅନ୍ୟ
gender-unstated = କହିବାକୁ ଚାହାନ୍ତି ନାହିଁ

stakeholder-miner = ଖଣି ଶ୍ରମିକ
stakeholder-community-leader = ସମାଜର ମୁଖିଆ
stakeholder-value-chain-agent = ବେପାରୀ କିମ୍ବା ଏଜେଣ୍ଟ
stakeholder-private-company = ପ୍ରାଇଭେଟ୍ କମ୍ପାନୀ
stakeholder-public-company = ସରକାରୀ କମ୍ପାନୀ
stakeholder-academic = ୟୁନିଭର୍ସିଟି କିମ୍ବା କଲେଜ
stakeholder-ngo = NGO (ସ୍ୱେଚ୍ଛାସେବୀ ସଂସ୍ଥା)
stakeholder-government = ସରକାର
stakeholder-other = ଅନ୍ୟ

role-learner = ଶିକ୍ଷାର୍ଥୀ
role-facilitator = ସହାୟକ
role-author = ପାଠ ଲେଖକ
role-manager = ପ୍ରୋଗ୍ରାମ ମ୍ୟାନେଜର
role-admin = ଆଡମିନ୍

org-role-member = ସଦସ୍ୟ
org-role-leader = ମୁଖିଆ

org-kind-shg = ସ୍ୱୟଂ ସହାୟକ ଗୋଷ୍ଠୀ (SHG)
org-kind-afm-chapter = ମହିଳା ଖଣି ଶ୍ରମିକ ସଂଘ (AFM) ଶାଖା
org-kind-cooperative = ସମବାୟ ସମିତି
org-kind-company = କମ୍ପାନୀ
org-kind-university = ୟୁନିଭର୍ସିଟି କିମ୍ବା କଲେଜ
org-kind-ngo = NGO (ସ୍ୱେଚ୍ଛାସେବୀ ସଂସ୍ଥା)
org-kind-government = ସରକାରୀ ବିଭାଗ
org-kind-other = ଅନ୍ୟ

state-OD = ଓଡ଼ିଶା
state-JH = ଝାଡ଼ଖଣ୍ଡ
state-BR = ବିହାର
state-CG = ଛତିଶଗଡ଼
state-WB = ପଶ୍ଚିମବଙ୍ଗ
state-UP = ଉତ୍ତର ପ୍ରଦେଶ
state-AN = ଆଣ୍ଡାମାନ ଓ ନିକୋବର ଦ୍ୱୀପପୁଞ୍ଜ
state-AP = ଆନ୍ଧ୍ର ପ୍ରଦେଶ
state-AR = ଅରୁଣାଚଳ ପ୍ରଦେଶ
state-AS = ଆସାମ
state-CH = ଚଣ୍ଡୀଗଡ଼
state-DH = ଦାଦରା ଓ ନଗର ହାଭେଲି ଏବଂ ଦମନ ଓ ଦିଉ
state-DL = ଦିଲ୍ଲୀ
state-GA = ଗୋଆ
state-GJ = ଗୁଜରାଟ
state-HR = ହରିୟାଣା
state-HP = ହିମାଚଳ ପ୍ରଦେଶ
state-JK = ଜମ୍ମୁ ଓ କାଶ୍ମୀର
state-KA = କର୍ଣ୍ଣାଟକ
state-KL = କେରଳ
state-LA = ଲଦାଖ
state-LD = ଲାକ୍ଷାଦ୍ୱୀପ
state-MP = ମଧ୍ୟ ପ୍ରଦେଶ
state-MH = ମହାରାଷ୍ଟ୍ର
state-MN = ମଣିପୁର
state-ML = ମେଘାଳୟ
state-MZ = ମିଜୋରାମ
state-NL = ନାଗାଲାଣ୍ଡ
state-PY = ପୁଡୁଚେରୀ
state-PB = ପଞ୍ଜାବ
state-RJ = ରାଜସ୍ଥାନ
state-SK = ସିକ୍କିମ
state-TN = ତାମିଲନାଡୁ
state-TS = ତେଲଙ୍ଗାନା
state-TR = ତ୍ରିପୁରା
state-UK = ଉତ୍ତରାଖଣ୍ଡ

# Learning: modules, lessons, tests

nav-modules = ଶିଖନ୍ତୁ
modules-title = ଆପଣ କ'ଣ କ'ଣ ଶିଖିପାରିବେ
modules-intro = 15ଟି ମଡ୍ୟୁଲ୍ ଅଛି। ପ୍ରତ୍ୟେକରେ ଛୋଟ ଛୋଟ ପାଠ ଅଛି, ଆରମ୍ଭରେ ଗୋଟିଏ ପରୀକ୍ଷା ଓ ଶେଷରେ ଗୋଟିଏ ପରୀକ୍ଷା। ଯେକୌଣସି ଗୋଟିଏରୁ ଆରମ୍ଭ କରନ୍ତୁ।
module-number = ମଡ୍ୟୁଲ୍ { $number }
module-lessons = { $n ->
    [one] { $shown }ଟି ପାଠ
   *[other] { $shown }ଟି ପାଠ
}
module-progress = { $total }ଟି ପାଠରୁ { $done }ଟି ସରିଛି
module-complete = ପୂରା ହୋଇଗଲା
module-complete-long = ଆପଣ ଏହି ମଡ୍ୟୁଲ୍ ପୂରା କରିଦେଲେ। ବହୁତ ଭଲ!
tracks-title = ଶିଖିବାର ବାଟ
track-progress = { $total }ଟି ମଡ୍ୟୁଲରୁ { $done }ଟି ପୂରା ହୋଇଛି
module-next = ଏବେ କ'ଣ କରିବେ
module-sign-in-to-record = ଲଗ୍ ଇନ୍ କରନ୍ତୁ, ତେବେ ଆପଣ ଯାହା କରିସାରିଛନ୍ତି ଏକାଡେମୀ ତାହା ମନେ ରଖିବ।
module-pre-offer = ପ୍ରଥମ ପାଠ ଆଗରୁ ଛୋଟିଆ ପରୀକ୍ଷାଟିଏ ଦେଇ ଦେଖନ୍ତୁ। ଆପଣ ଆଗରୁ କ'ଣ ଜାଣିଛନ୍ତି, ଏଥିରୁ ଜଣାପଡ଼ିବ। ଉତ୍ତର ନ ଜାଣିଲେ କିଛି ଅସୁବିଧା ନାହିଁ।
module-skip-pre = ପରୀକ୍ଷା ଛାଡ଼ି ସିଧା ପାଠ ଆରମ୍ଭ କରନ୍ତୁ
module-post-ready = ଆପଣ ସବୁ ପାଠ ସାରିଦେଲେଣି। ଏବେ ଶେଷ ପରୀକ୍ଷା ଦିଅନ୍ତୁ, ତେବେ ମଡ୍ୟୁଲ୍ ପୂରା ହେବ।
module-choose-next = ଆଉ ଗୋଟିଏ ମଡ୍ୟୁଲ୍ ବାଛନ୍ତୁ
module-locked = ଏଗୁଡ଼ିକ ପୂରା କଲା ପରେ ଏହି ମଡ୍ୟୁଲ୍ ଖୋଲିବ:
module-objectives = ଏଥିରେ କ'ଣ ଶିଖିବେ
module-lessons-title = ପାଠ
module-tests = ପରୀକ୍ଷା
minutes = { $n ->
    [one] { $shown } ମିନିଟ୍
   *[other] { $shown } ମିନିଟ୍
}
pass-mark = ପାସ୍ କରିବାକୁ { $mark }% ଦରକାର
score-of = { $total }ରୁ { $done }
test-not-taken = ଏଯାଏଁ ଦେଇନାହାନ୍ତି
test-take-now = ଏବେ ଦିଅନ୍ତୁ
test-after-lessons = ପାଠ ସରିବା ପରେ

lesson-done = ଆପଣ ଏହି ପାଠ ସାରିଦେଲେ
lesson-finish = ମୁଁ ଏହି ପାଠ ସାରିଲି
lesson-check-again = ମୁଁ କ'ଣ ଶିଖିଲି ଦେଖିବି
lesson-next = ଆଗକୁ ଚାଲନ୍ତୁ
lesson-next-is = ପରର ପାଠ:
lesson-sign-in = ଲଗ୍ ଇନ୍ କରନ୍ତୁ, ଯାହା ଶିଖିଛନ୍ତି ତାହା ସେଭ୍ ରହିବ
lesson-fallback = ଏହି ପାଠ ଏଯାଏଁ ଆପଣଙ୍କ ଭାଷାରେ ଲେଖାଯାଇନାହିଁ। ତେଣୁ ଏଠି ଏହା { $language } ଭାଷାରେ ଅଛି।
lesson-retired = ଏହି ପାଠ ଆଉ ଏହି ମଡ୍ୟୁଲରେ ନାହିଁ। ତଥାପି ଆପଣ ଏହାକୁ ପଢ଼ିପାରିବେ।
listen = ଶୁଣନ୍ତୁ
listen-stop = ବନ୍ଦ କରନ୍ତୁ
key-points = ଜରୁରୀ କଥା
sources = ଏହି କଥା କେଉଁଠୁ ନିଆଯାଇଛି
language-en = ଇଂରାଜୀ
language-hi = ହିନ୍ଦୀ
language-or = ଓଡ଼ିଆ
language-bn = ବଙ୍ଗଳା

test-pre-title = ଆରମ୍ଭ କରିବା ଆଗରୁ ପରୀକ୍ଷା
test-post-title = ଶେଷ ପରୀକ୍ଷା
test-check-title = କ'ଣ ଶିଖିଲେ ଦେଖନ୍ତୁ: { $lesson }
test-pre-intro = ଏହି ଛୋଟ ପରୀକ୍ଷାରୁ ଜଣାପଡ଼େ ଆପଣ ଏବେ କ'ଣ ଜାଣନ୍ତି। ପରେ ଶେଷ ପରୀକ୍ଷାରୁ ଜଣାପଡ଼ିବ ଆପଣ କ'ଣ ଶିଖିଲେ।
test-choose-all = ଯେତେ ଠିକ୍ ଉତ୍ତର ଅଛି, ସବୁ ବାଛନ୍ତୁ।
test-submit = ମୋ ଉତ୍ତର ପଠାନ୍ତୁ
test-answer-all = ସବୁ ପ୍ରଶ୍ନର ଉତ୍ତର ଦିଅନ୍ତୁ। ଏଯାଏଁ ଦେଇଥିବା ଉତ୍ତର ସେଭ୍ ଅଛି।
test-changed = ଆପଣ ପରୀକ୍ଷା ଖୋଲିଥିବା ବେଳେ ଏହା ବଦଳିଗଲା। ନୂଆ ପ୍ରଶ୍ନର ଉତ୍ତର ଦିଅନ୍ତୁ।
test-stale = ଏହି ଫର୍ମ ପୁରୁଣା ହୋଇଗଲାଣି। ପୁଣି ଉତ୍ତର ଦିଅନ୍ତୁ।
test-locked = ଏହି ମଡ୍ୟୁଲ୍ ଏବେ ଆପଣଙ୍କ ପାଇଁ ଖୋଲିନାହିଁ। ଆଗେ ଏଥିପାଇଁ ଦରକାରୀ ମଡ୍ୟୁଲ୍ ପୂରା କରନ୍ତୁ।
test-pre-taken = ଏହି ମଡ୍ୟୁଲର ଆରମ୍ଭର ପରୀକ୍ଷା ଆପଣ ଦେଇସାରିଛନ୍ତି। ଏବେ ପାଠ ଆଗକୁ ପଢ଼ନ୍ତୁ।
test-pre-too-late = ଆରମ୍ଭର ପରୀକ୍ଷା ପ୍ରଥମ ପାଠ ଆଗରୁ ଦିଆଯାଏ। ଆପଣ ପାଠ ଆରମ୍ଭ କରିସାରିଛନ୍ତି, ତେଣୁ ପାଠ ଆଗକୁ ପଢ଼ନ୍ତୁ।
test-post-not-yet = ଏହି ମଡ୍ୟୁଲର ସବୁ ପାଠ ସାରିଲେ ଶେଷ ପରୀକ୍ଷା ଖୋଲିବ।
back-to-module = ମଡ୍ୟୁଲକୁ ଫେରନ୍ତୁ
answer-true = ଠିକ୍
answer-false = ଭୁଲ୍

result-pre = ଧନ୍ୟବାଦ। ଏବେ ପାଠ ଆରମ୍ଭ କରନ୍ତୁ। ଆପଣ କେତେ ଶିଖିଲେ, ଶେଷ ପରୀକ୍ଷାରୁ ଜଣାପଡ଼ିବ।
result-passed = ଆପଣ ପାସ୍ କରିଗଲେ!
result-failed = ଏଯାଏଁ ପାସ୍ ହୋଇନାହିଁ। ପାଠ ପୁଣି ପଢ଼ି ଆଉ ଥରେ ଚେଷ୍ଟା କରନ୍ତୁ। ପରୀକ୍ଷା ଯେତେ ଥର ଦରକାର, ସେତେ ଥର ଦେଇପାରିବେ।
result-try-again = ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ
result-answers = ଆପଣଙ୍କ ଉତ୍ତର
result-right = ଆପଣ ଠିକ୍ ବାଛିଲେ
result-wrong = ଆପଣ ଭୁଲ୍ ବାଛିଲେ
result-correct-is = ଠିକ୍ ଉତ୍ତର:
result-question-removed = ଏହି ପ୍ରଶ୍ନଟି ପରେ ପରୀକ୍ଷାରୁ ହଟାଯାଇଛି।
result-next-lesson = ପରର ପାଠ: { $lesson }
result-next-post = ଶେଷ ପରୀକ୍ଷା ଦିଅନ୍ତୁ
result-next-module = ମଡ୍ୟୁଲକୁ ଫେରନ୍ତୁ
result-next-revise = ପାଠ ପୁଣି ଥରେ ପଢ଼ନ୍ତୁ
result-next-me = ଆପଣ କେତେ ଆଗେଇଲେ ଦେଖନ୍ତୁ

me-continue = ଯେଉଁଠି ଛାଡ଼ିଥିଲେ, ସେଇଠୁ ଆଗକୁ ଚାଲନ୍ତୁ
me-start = ଆରମ୍ଭ କରିବାକୁ ଗୋଟିଏ ମଡ୍ୟୁଲ୍ ବାଛନ୍ତୁ
me-modules-done = ଆପଣ ପୂରା କରିଥିବା ମଡ୍ୟୁଲ୍
me-none-done = ଏଯାଏଁ କିଛି ନାହିଁ।
me-tests = ଆପଣ ଦେଇଥିବା ପରୀକ୍ଷା
me-no-tests = ଏଯାଏଁ କିଛି ନାହିଁ।
me-certificates = ସାର୍ଟିଫିକେଟ୍
me-no-certificates = ଗୋଟିଏ ମଡ୍ୟୁଲ୍ ପୂରା କଲେ ତାର ସାର୍ଟିଫିକେଟ୍ ଏଠି ଦେଖାଯିବ।

# Field work: cohorts, sessions, attendance, paper tests

nav-field = ଗାଁରେ ବୈଠକ
field-title = ଆପଣଙ୍କ ଶିଖିବା ଦଳ ଓ ବୈଠକ
field-today = ଆଜି
field-upcoming = ଆଗାମୀ ବୈଠକ
field-no-sessions-today = ଆଜି କୌଣସି ବୈଠକ ନାହିଁ।
field-no-sessions = କୌଣସି ବୈଠକ ସ୍ଥିର ହୋଇନାହିଁ।
field-cohorts = ଆପଣଙ୍କ ଶିଖିବା ଦଳ
field-no-cohorts = ଏଯାଏଁ ଆପଣଙ୍କର କୌଣସି ଶିଖିବା ଦଳ ନାହିଁ। ଆପଣ ଯେଉଁ ଗୋଷ୍ଠୀକୁ ଶିଖାନ୍ତି, ତା' ପାଇଁ ଗୋଟିଏ ଶିଖିବା ଦଳ ଆରମ୍ଭ କରନ୍ତୁ।
field-missed-two = ଶେଷ ଦୁଇଟି ବୈଠକରେ ଆସିନାହାନ୍ତି:
cohort-new-title = ନୂଆ ଶିଖିବା ଦଳ ଆରମ୍ଭ କରନ୍ତୁ
cohort-name = ଦଳର ନାମ
cohort-organisation = ସ୍ୱୟଂ ସହାୟକ ଗୋଷ୍ଠୀ କିମ୍ବା ସଂଗଠନ (ପୂରା ଠିକ୍ ନାମ, ଜରୁରୀ ନୁହେଁ)
cohort-modules = ଦଳ କେଉଁ କେଉଁ ମଡ୍ୟୁଲ୍ ଶିଖିବ
cohort-choose-modules = ଅତି କମରେ ଗୋଟିଏ ମଡ୍ୟୁଲ୍ ବାଛନ୍ତୁ।
cohort-facilitators = ସହାୟକ
cohort-sessions = ବୈଠକ
cohort-completed = { $total } ଜଣ ସଦସ୍ୟଙ୍କ ଭିତରୁ { $done } ଜଣ ପୂରା କରିଛନ୍ତି
cohort-add-member = ସଦସ୍ୟ ଯୋଡ଼ନ୍ତୁ (ସଦସ୍ୟ କୋଡ୍ କିମ୍ବା ମୋବାଇଲ୍ ନମ୍ବର)
cohort-add-as-facilitator = ଏହି ଦଳର ସହାୟକ ଭାବେ ଯୋଡ଼ନ୍ତୁ
cohort-member-unknown = ଏହି କୋଡ୍ କିମ୍ବା ମୋବାଇଲ୍ ନମ୍ବରରେ କୌଣସି ସଦସ୍ୟ ନାହାନ୍ତି। ବୈଠକ ଦିନ ତାଙ୍କ ନାମ "ଆଜି ନୂଆ ଆସିଥିବା ଲୋକ" ଭିତରେ ଲେଖନ୍ତୁ।
cohort-not-facilitator = ଏହି ସଦସ୍ୟ ସହାୟକ ନୁହଁନ୍ତି। ଆଡମିନ୍ ଏହି ଭୂମିକା ଦେଇପାରିବେ।
session-new-title = ନୂଆ ବୈଠକ ସ୍ଥିର କରନ୍ତୁ
session-date = ତାରିଖ
session-time = ସମୟ
session-place = ଜାଗା
session-latitude = GPS ଅକ୍ଷାଂଶ, ପ୍ରଥମ ସଂଖ୍ୟା (ଜରୁରୀ ନୁହେଁ)
session-longitude = GPS ଦ୍ରାଘିମା, ଦ୍ୱିତୀୟ ସଂଖ୍ୟା (ଜରୁରୀ ନୁହେଁ)
session-bad-gps = ଭାରତ ଭିତରେ ଥିବା ଗୋଟିଏ GPS ଜାଗାର ଦୁଇଟି ଯାକ ସଂଖ୍ୟା ଦିଅନ୍ତୁ, ଯେମିତି 24.47 ଓ 85.60।
session-module = ମଡ୍ୟୁଲ୍
session-lessons = କେଉଁ କେଉଁ ପାଠ ହେଲା
session-notes = ଟିପ୍ପଣୀ
session-attendance = କିଏ କିଏ ଆସିଲେ
session-present = { $total } ଜଣଙ୍କ ଭିତରୁ { $done } ଜଣ ହାଜର
session-save-attendance = ହାଜିରା ସେଭ୍ କରନ୍ତୁ
session-in-future = ଏହି ବୈଠକ ଏଯାଏଁ ଆରମ୍ଭ ହୋଇନାହିଁ। ବୈଠକ ଦିନ ହାଜିରା ନିଅନ୍ତୁ।
session-not-in-cohort = ଟିକ୍ ଦିଆଯାଇଥିବା ଲୋକଙ୍କ ଭିତରେ ଜଣେ ଏହି ଶିଖିବା ଦଳର ସଦସ୍ୟ ନୁହଁନ୍ତି। ତାଙ୍କୁ ଦଳରେ ଯୋଡ଼ନ୍ତୁ, ନହେଲେ ତାଙ୍କ ନାମ "ଆଜି ନୂଆ ଆସିଥିବା ଲୋକ" ଭିତରେ ଲେଖନ୍ତୁ।
session-paper-tests = କାଗଜରେ ପରୀକ୍ଷା
session-back = ବୈଠକକୁ ଫେରନ୍ତୁ
walk-in-title = ଆଜି ନୂଆ ଆସିଥିବା ଲୋକଙ୍କୁ ଯୋଡ଼ନ୍ତୁ
walk-in-add = ନାମ ଲେଖନ୍ତୁ ଓ ହାଜର ଦିଅନ୍ତୁ
walk-in-consent-needed = ସଦସ୍ୟଙ୍କୁ ପଚାରନ୍ତୁ, ସେ ରାଜି ଥିଲେ ଟିକ୍ ଦିଅନ୍ତୁ।
group-test-intro = କାଗଜ ସିଟ୍ ଦେଖି ପ୍ରତ୍ୟେକଙ୍କ ମାର୍କ ଲେଖନ୍ତୁ, ଅର୍ଥାତ୍ କେତୋଟି ଉତ୍ତର ଠିକ୍ ହୋଇଛି: 0ରୁ { $max } ଯାଏଁ। ଯେଉଁମାନେ ପରୀକ୍ଷା ଦେଇନାହାନ୍ତି, ସେମାନଙ୍କ ଜାଗା ଖାଲି ଛାଡ଼ନ୍ତୁ।
group-test-nobody = ଆଗେ ହାଜିରା ନିଅନ୍ତୁ: କେବଳ ହାଜର ଥିବା ଲୋକଙ୍କ ପରୀକ୍ଷା ଲେଖାଯାଏ।
group-test-save = ମାର୍କ ସେଭ୍ କରନ୍ତୁ
group-test-bad-score = { $name }: ମାର୍କ 0ରୁ { $max } ଭିତରେ ଗୋଟିଏ ସଂଖ୍ୟା ହେବା ଦରକାର। କିଛି ସେଭ୍ ହୋଇନାହିଁ।

# Printed pages

roster-print = ହାଜିରା ତାଲିକା ପ୍ରିଣ୍ଟ କରନ୍ତୁ (PDF)
roster-number = କ୍ରମ
roster-present = ହାଜର
roster-signature = ସହାୟକଙ୍କ ଦସ୍ତଖତ:
sheet-print = ଉତ୍ତର ସିଟ୍ (PDF)
sheet-how = ପ୍ରତ୍ୟେକ ପ୍ରଶ୍ନର ଘରେ ବାଛିଥିବା ଉତ୍ତରର ଅକ୍ଷର ଲେଖନ୍ତୁ (a, b, c, d)। ଠିକ୍-ଭୁଲ୍ ପ୍ରଶ୍ନରେ: ଠିକ୍ ହେଲେ T, ଭୁଲ୍ ହେଲେ F ଲେଖନ୍ତୁ।
sheet-score = ମାର୍କ

# Member cards and PINs

card-title = ସଦସ୍ୟ କାର୍ଡ
card-how = କୋଡ୍ ସ୍କାନ୍ କରନ୍ତୁ କିମ୍ବା ସଦସ୍ୟ କୋଡ୍ ଲେଖନ୍ତୁ, ତା'ପରେ 4 ଅଙ୍କର ପିନ୍ ଦିଅନ୍ତୁ।
card-print = କାର୍ଡ ପ୍ରିଣ୍ଟ କରନ୍ତୁ
card-reissue-why = କାର୍ଡ ହଜିଗଲା? ନୂଆ କାର୍ଡରେ ନୂଆ QR କୋଡ୍ ରହିବ, ପୁରୁଣା କାର୍ଡ ଆଉ କାମ କରିବ ନାହିଁ।
card-reissue = ନୂଆ କାର୍ଡ ତିଆରି କରନ୍ତୁ
card-replaced = ଏହି କାର୍ଡ ବଦଳରେ ଗୋଟିଏ ନୂଆ କାର୍ଡ ତିଆରି ହୋଇଛି। ଆପଣଙ୍କ ସହାୟକଙ୍କ ପାଖରୁ ନିଜ ନୂଆ କାର୍ଡ ନିଅନ୍ତୁ।
card-sign-in-title = ସଦସ୍ୟ କାର୍ଡ ଦେଇ ଲଗ୍ ଇନ୍ କରନ୍ତୁ
card-use-password = ପାସୱାର୍ଡ ଦେଇ ଲଗ୍ ଇନ୍ କରନ୍ତୁ
pin-title = ଲଗ୍ ଇନ୍ ପାଇଁ ପିନ୍
pin-is-set = ପିନ୍ ତିଆରି ହୋଇସାରିଛି।
pin-not-set = ଏଯାଏଁ ପିନ୍ ନାହିଁ: ସଦସ୍ୟଙ୍କ ସହ ମିଶି ଗୋଟିଏ ପିନ୍ ତିଆରି କରନ୍ତୁ।
pin-is-locked = ବହୁତ ଥର ଭୁଲ୍ ପିନ୍ ଦିଆଯିବାରୁ କାର୍ଡ ଲକ୍ ହୋଇଯାଇଛି। ପୁଣି ଖୋଲିବାକୁ ନୂଆ ପିନ୍ ତିଆରି କରନ୍ତୁ।
pin-new = ନୂଆ ପିନ୍ (4 ଅଙ୍କ)
pin-again = ସେଇ ପିନ୍ ପୁଣି ଥରେ
pin-save = ପିନ୍ ସେଭ୍ କରନ୍ତୁ
pin-four-digits = ପିନ୍ ଠିକ୍ 4 ଅଙ୍କର ହେବା ଦରକାର।
pin-differ = ଦୁଇଟି ପିନ୍ ମେଳ ଖାଉନାହିଁ।
pin-enter = ପିନ୍ (4 ଅଙ୍କ)
pin-failed = ଏହି ସଦସ୍ୟ କୋଡ୍ ସହ ପିନ୍ ମେଳ ଖାଉନାହିଁ।
pin-locked = ବହୁତ ଥର ଭୁଲ୍ ପିନ୍ ଦିଆଗଲା, ତେଣୁ ଏହି କାର୍ଡ ଲକ୍ ହୋଇଗଲା। ଆପଣଙ୍କ ସହାୟକ ନୂଆ ପିନ୍ ତିଆରି କରିପାରିବେ।
pin-wait = ଏଠୁ ବହୁତ ଥର ଭୁଲ୍ ଚେଷ୍ଟା ହେଲା। ଟିକେ ରହି ପୁଣି ଚେଷ୍ଟା କରନ୍ତୁ।

# Spreadsheets for paper records

csv-attendance = ହାଜିରା ସ୍ପ୍ରେଡସିଟ୍ (CSV)
csv-results = ମାର୍କ ସ୍ପ୍ରେଡସିଟ୍ (CSV)
upload-title = ଭରାଯାଇଥିବା ସ୍ପ୍ରେଡସିଟ୍ ପଠାନ୍ତୁ
upload-send = ପଠାନ୍ତୁ
upload-nothing-saved = କିଛି ସେଭ୍ ହୋଇନାହିଁ। ଏହି ଧାଡ଼ିଗୁଡ଼ିକ ଠିକ୍ କରି ଫାଇଲ୍ ପୁଣି ଥରେ ପଠାନ୍ତୁ।
group-test-answers = ଉତ୍ତର ଗୋଟି ଗୋଟି କରି ଲେଖନ୍ତୁ

# Reports

nav-reports = ରିପୋର୍ଟ
report-title = କିଏ କ'ଣ ଶିଖୁଛନ୍ତି
report-definitions = ପ୍ରତ୍ୟେକ ସଂଖ୍ୟାର ଅର୍ଥ
report-women-this-quarter = ଝାଡ଼ଖଣ୍ଡର ମହିଳା, ସ୍ୱାସ୍ଥ୍ୟ ଓ ସୁରକ୍ଷା, ଏହି ତ୍ରୈମାସିକ
report-age = ବୟସ
report-period = ଅବଧି
report-period-hint = ଗୋଟିଏ ବର୍ଷ (2026), ଗୋଟିଏ ତ୍ରୈମାସିକ (2026-Q3) କିମ୍ବା ଗୋଟିଏ ମାସ (2026-11)। ଆରମ୍ଭରୁ ଏଯାଏଁ ସବୁ ସମୟ ପାଇଁ ଖାଲି ଛାଡ଼ନ୍ତୁ।
report-by = ଧାଡ଼ି କେଉଁ ହିସାବରେ
report-members = ସଦସ୍ୟ
report-women = ମହିଳା
report-active-30 = ଗତ 30 ଦିନରେ ସକ୍ରିୟ
report-active-90 = ଗତ 90 ଦିନରେ ସକ୍ରିୟ
report-lessons = ସରିଥିବା ପାଠ
report-modules = ପୂରା ହୋଇଥିବା ମଡ୍ୟୁଲ୍
report-sessions = ଦଳ ବୈଠକ ହୋଇଛି
report-average-attendance = ହାରାହାରି ହାଜିରା
report-attended = ବୈଠକରେ ହାଜିରା
report-table = ବର୍ଗ ଅନୁସାରେ ସଂଖ୍ୟା
report-group = ବର୍ଗ
report-not-stated = କୁହାଯାଇନାହିଁ
report-download-csv = ସ୍ପ୍ରେଡସିଟ୍ ଭାବେ ଡାଉନଲୋଡ୍ କରନ୍ତୁ (CSV)
report-gain-title = ପ୍ରତ୍ୟେକ ମଡ୍ୟୁଲରେ ଜ୍ଞାନ ବୃଦ୍ଧି
report-gain-hint = ଯେଉଁ ସଦସ୍ୟମାନେ ଦୁଇଟି ଯାକ ପରୀକ୍ଷା ଦେଇଛନ୍ତି: ମଡ୍ୟୁଲ୍ ଆଗରୁ ଦେଇଥିବା ସେମାନଙ୍କ ପ୍ରଥମ ପରୀକ୍ଷାର ମାର୍କ ଓ ଶେଷ ପରୀକ୍ଷାରେ ସେମାନଙ୍କ ସବୁଠୁ ଭଲ ମାର୍କ, ଶତକଡ଼ାରେ।
report-no-gain = ଏଯାଏଁ କୌଣସି ସଦସ୍ୟ ଦୁଇଟି ଯାକ ପରୀକ୍ଷା ଦେଇନାହାନ୍ତି।
report-module = ମଡ୍ୟୁଲ୍
report-took-both = ଦୁଇଟି ଯାକ ପରୀକ୍ଷା ଦେଇଛନ୍ତି
report-pre = ଆଗରୁ
report-post = ପରେ
report-gain = ବୃଦ୍ଧି
report-women-took-both = ଦୁଇଟି ଯାକ ପରୀକ୍ଷା ଦେଇଥିବା ମହିଳା
report-women-gain = ମହିଳାଙ୍କ କ୍ଷେତ୍ରରେ ବୃଦ୍ଧି
report-by-month = ପୂରା ହୋଇଥିବା ମଡ୍ୟୁଲ୍, ମାସ ଅନୁସାରେ
indicator-members = ନାମ ଲେଖାଇଥିବା ସଦସ୍ୟ
indicator-members-how = ଯେଉଁ ସଦସ୍ୟମାନେ ଅବଧି ଭିତରେ ଏକାଡେମୀରେ ଯୋଗ ଦେଇଛନ୍ତି ଓ ବଛାଯାଇଥିବା ଫିଲ୍ଟର ସହ ମେଳ ଖାଆନ୍ତି; ଅବଧି ନ ବାଛିଲେ, ସଦସ୍ୟ ତାଲିକାରେ ଥିବା ସମସ୍ତେ।
indicator-women = ମହିଳାଙ୍କ ଅଂଶ
indicator-women-how = ଯେଉଁ ସଦସ୍ୟଙ୍କ ଲିଙ୍ଗ "ମହିଳା" ବୋଲି ଲେଖା ଅଛି, ସେମାନଙ୍କ ସଂଖ୍ୟାକୁ ସେହି ଧାଡ଼ିଗୁଡ଼ିକର ସମସ୍ତ ସଦସ୍ୟଙ୍କ ସଂଖ୍ୟା ଦ୍ୱାରା ଭାଗ କରାଯାଏ।
indicator-active = ସକ୍ରିୟ ଶିକ୍ଷାର୍ଥୀ (30 ଓ 90 ଦିନ)
indicator-active-how = ଆଜି ଆଗରୁ ଗତ 30 କିମ୍ବା 90 ଦିନରେ ଯେଉଁ ସଦସ୍ୟଙ୍କର ଶିଖିବାର ଅତି କମରେ ଗୋଟିଏ ରେକର୍ଡ ଅଛି (ଗୋଟିଏ ପାଠ ଖୋଲିବା ବା ସାରିବା, ଗୋଟିଏ ପରୀକ୍ଷା, ଗୋଟିଏ ହାଜିରା)। ମାସ, ତ୍ରୈମାସିକ କିମ୍ବା ବର୍ଷ ହିସାବରେ ଥିବା ଧାଡ଼ିରେ ଏଠି — ଚିହ୍ନ ଦେଖାଯାଏ।
indicator-lessons = ସରିଥିବା ପାଠ
indicator-lessons-how = ଅବଧି ଭିତରେ ସରିଛି ବୋଲି ଲେଖାଯାଇଥିବା ପାଠ, ଅନଲାଇନ୍ କିମ୍ବା ଦଳ ବୈଠକରେ; ଜଣେ ସଦସ୍ୟଙ୍କର ଗୋଟିଏ ପାଠ ଥରେ ହିଁ ଗଣାଯାଏ।
indicator-modules = ପୂରା ହୋଇଥିବା ମଡ୍ୟୁଲ୍
indicator-modules-how = ଯେଉଁ ମଡ୍ୟୁଲର ସବୁ ପାଠ ସରିଛି ଓ ଶେଷ ପରୀକ୍ଷା ପାସ୍ ହୋଇଛି; ମଡ୍ୟୁଲ୍ ଯେଉଁ ଅବଧିରେ ପୂରା ହେଲା, ସେହି ଅବଧିରେ ଗଣାଯାଏ।
indicator-sessions = ହୋଇଥିବା ଦଳ ବୈଠକ
indicator-sessions-how = ଯେଉଁ ବୈଠକର ହାଜିରା ଅବଧି ଭିତରେ ନିଆଯାଇଛି, ଜାଗା ଫିଲ୍ଟର ସହ ମେଳ ଖାଉଥିବା ଶିଖିବା ଦଳଗୁଡ଼ିକରେ।
indicator-attendance = ହାଜିରା ଓ ହାରାହାରି ହାଜିରା
indicator-attendance-how = କୌଣସି ବୈଠକରେ ହାଜର ବୋଲି ଲେଖାଯାଇଥିବା ପ୍ରତ୍ୟେକ ଲୋକ ଗୋଟିଏ ହାଜିରା। ହାରାହାରି ମାନେ ମୋଟ ହାଜିରାକୁ ହୋଇଥିବା ବୈଠକ ସଂଖ୍ୟା ଦ୍ୱାରା ଭାଗ କରିବା।
indicator-gain = ଜ୍ଞାନ ବୃଦ୍ଧି
indicator-gain-how = ପ୍ରତ୍ୟେକ ମଡ୍ୟୁଲ୍ ପାଇଁ, ଯେଉଁ ସଦସ୍ୟମାନେ ଦୁଇଟି ଯାକ ପରୀକ୍ଷା ଦେଇଛନ୍ତି: ଶେଷ ପରୀକ୍ଷାରେ ସେମାନଙ୍କ ସବୁଠୁ ଭଲ ମାର୍କର ହାରାହାରିରୁ ମଡ୍ୟୁଲ୍ ଆଗରୁ ଦେଇଥିବା ସେମାନଙ୍କ ପ୍ରଥମ ପରୀକ୍ଷାର ମାର୍କର ହାରାହାରି ବିୟୋଗ କରି, ପ୍ରତିଶତ ପଏଣ୍ଟରେ, ସାଥିରେ n, ଅର୍ଥାତ୍ କେତେ ଜଣ ସଦସ୍ୟଙ୍କୁ ଗଣାଯାଇଛି। ପ୍ରତ୍ୟେକ ସଦସ୍ୟଙ୍କୁ ସେହି ମାସରେ ଗଣାଯାଏ, ଯେଉଁ ମାସରେ ସେ ପ୍ରଥମ ଥର ଶେଷ ପରୀକ୍ଷା ଦେଇଥିଲେ। ହାରାହାରି ବାହାର କରିବା ଆଗରୁ ପ୍ରତ୍ୟେକ ମାର୍କକୁ ପ୍ରତିଶତରେ ଦଶମିକ ପରେ ଦୁଇ ଅଙ୍କ ଯାଏଁ ରାଉଣ୍ଡ୍ କରାଯାଏ।
indicator-small = ଛୋଟ ସଂଖ୍ୟା
indicator-small-how = ଡାଉନଲୋଡ୍ କରାଯାଇଥିବା ଟେବୁଲରେ, ଯେଉଁଠି 5 ଜଣରୁ କମ୍ ଲୋକ ଥାଆନ୍ତି, ସେଠି "< 5" ଦେଖାଯାଏ, ଯେପରି କାହାକୁ ଅଲଗା କରି ଚିହ୍ନି ହେବ ନାହିଁ।
report-shared-note = ଏହି ଗୋଷ୍ଠୀର ସଦସ୍ୟଙ୍କ ହିସାବ। 5 ଜଣରୁ କମ୍ ଲୋକଙ୍କୁ "< 5" ବୋଲି ଦେଖାଯାଏ।
report-for-group = ଏହି ଗୋଷ୍ଠୀର ରିପୋର୍ଟ
report-download-xlsx = ୱର୍କବୁକ୍ ଭାବେ ଡାଉନଲୋଡ୍ କରନ୍ତୁ (XLSX)
donor-title = ଫଳାଫଳ ଢାଞ୍ଚାର ଟେବୁଲ୍
donor-hint = ଅନୁଦାନ ଦେଉଥିବା ସଂସ୍ଥାଙ୍କ ପାଇଁ ମାନକ ସୂଚକ: ସମସ୍ତଙ୍କ ପାଇଁ, ମହିଳା ଓ ପୁରୁଷଙ୍କ ପାଇଁ, ଓ ଏକାଡେମୀର ପ୍ରତ୍ୟେକ ରାଜ୍ୟର ମହିଳାଙ୍କ ପାଇଁ। 5 ଜଣରୁ କମ୍ ଲୋକଙ୍କୁ "< 5" ବୋଲି ଦେଖାଯାଏ; 5 ଜଣରୁ କମ୍ ଲୋକଙ୍କ ଉପରେ ଆଧାରିତ ଜ୍ଞାନ ବୃଦ୍ଧି ଖାଲି ଛାଡ଼ି ଦିଆଯାଏ।
donor-indicator = ସୂଚକ
donor-members = ସଦସ୍ୟ ଭାବେ ନାମ ଲେଖାଇଥିବା ଲୋକ
donor-active = ଗତ 90 ଦିନରେ ଶିଖିଥିବା ଲୋକ
donor-modules = ପୂରା ହୋଇଥିବା ମଡ୍ୟୁଲ୍
donor-attendances = ଦଳ ବୈଠକରେ ହାଜିରା
donor-trained = { $module } ମଡ୍ୟୁଲରେ ତାଲିମ ପାଇଥିବା ଲୋକ (ମଡ୍ୟୁଲ୍ ପୂରା କରିଛନ୍ତି)
donor-gain = ଜ୍ଞାନ ବୃଦ୍ଧି (ପ୍ରତିଶତ ପଏଣ୍ଟ, ଶେଷ ପରୀକ୍ଷାରୁ ପ୍ରଥମ ପରୀକ୍ଷା ବିୟୋଗ କରି)

# Certificates

certificate-heading = ସମାପ୍ତି ପ୍ରମାଣପତ୍ର
certificate-this-is = ଏହା ପ୍ରମାଣିତ କରାଯାଉଛି ଯେ
certificate-completed = ଏହି ମଡ୍ୟୁଲ୍ ସମ୍ପୂର୍ଣ୍ଣ କରିଛନ୍ତି
certificate-date = ତାରିଖ
certificate-print = ପ୍ରିଣ୍ଟ କରନ୍ତୁ (PDF)
certificate-check = ଅନଲାଇନରେ ଯାଞ୍ଚ କରନ୍ତୁ
certificate-revoke = ରଦ୍ଦ କରନ୍ତୁ
certificate-revoke-reason = ରଦ୍ଦ କରିବାର କାରଣ
certificate-reason-needed = ପ୍ରମାଣପତ୍ର ରଦ୍ଦ କରିବାର କାରଣ ଲେଖନ୍ତୁ।
verify-title = ପ୍ରମାଣପତ୍ର ଯାଞ୍ଚ
verify-valid = ଏହି ପ୍ରମାଣପତ୍ର ବୈଧ।
verify-revoked = ଏହି ପ୍ରମାଣପତ୍ର ରଦ୍ଦ କରାଯାଇଛି।
verify-achievement = ସମ୍ପୂର୍ଣ୍ଣ କରିଛନ୍ତି
report-certificates = ଦିଆଯାଇଥିବା ପ୍ରମାଣପତ୍ର
donor-certificates = ଦିଆଯାଇଥିବା ପ୍ରମାଣପତ୍ର
indicator-certificates = ଦିଆଯାଇଥିବା ପ୍ରମାଣପତ୍ର
indicator-certificates-how = ଏହି ସମୟରେ ସମ୍ପୂର୍ଣ୍ଣ ହୋଇଥିବା ମଡ୍ୟୁଲ୍ ପାଇଁ ଦିଆଯାଇଥିବା ପ୍ରମାଣପତ୍ର; ରଦ୍ଦ ହୋଇଥିବା ପ୍ରମାଣପତ୍ର ଗଣାଯାଏ ନାହିଁ।
indicator-age = ବୟସ ବର୍ଗ
indicator-age-how = ବୟସ, ବର୍ଷ ହିସାବରେ, ଜନ୍ମ ବର୍ଷରୁ ଗଣାଯାଏ: ସଦସ୍ୟଙ୍କ ପାଇଁ ସେମାନେ ଯେଉଁ ବର୍ଷ ଯୋଗ ଦେଇଥିଲେ ସେହି ବର୍ଷ ଯାଏଁ, ସକ୍ରିୟ ଶିକ୍ଷାର୍ଥୀଙ୍କ ପାଇଁ ଏହି ବର୍ଷ ଯାଏଁ। ଯେଉଁ ସଦସ୍ୟଙ୍କ ଜନ୍ମ ବର୍ଷ ଲେଖା ନାହିଁ, ସେମାନଙ୍କୁ "କୁହାଯାଇନାହିଁ" ଭିତରେ ଗଣାଯାଏ।
report-bad-filter = { $field }: "{ $value }" ବୁଝାପଡ଼ିଲା ନାହିଁ, ତେଣୁ ରିପୋର୍ଟରେ ଏହାକୁ ନିଆଯାଇନାହିଁ।
report-organisation = ସଂଗଠନ (ତାର ନାମ)
report-cohort = ଶିଖିବା ଦଳ
report-by-month-rows = ମାସ
report-by-quarter-rows = ତ୍ରୈମାସିକ
report-by-year-rows = ବର୍ଷ
report-members-table = ସଦସ୍ୟ ପିଛା ଗୋଟିଏ ଧାଡ଼ି
report-last-active = ଶେଷ ଥର ସକ୍ରିୟ
cohort-issue-title = ଏହି ଦଳ ପାଇଁ ପ୍ରମାଣପତ୍ର ଦିଅନ୍ତୁ
cohort-issue-hint = ଯେଉଁ ସଦସ୍ୟମାନେ ଏକାଠି ଶିଖିଛନ୍ତି ଓ କାଗଜରେ ପରୀକ୍ଷା ଦେଇଛନ୍ତି, ସେମାନଙ୍କ ପାଇଁ। ଅନ୍ୟ ପ୍ରମାଣପତ୍ର ପରି ପ୍ରତ୍ୟେକ ପ୍ରମାଣପତ୍ରରେ ଦସ୍ତଖତ ହୁଏ, ଆଉ ଆପଣଙ୍କ ଟିପ୍ପଣୀ ଅଡିଟ୍ ରେକର୍ଡରେ ରଖାଯାଏ।
cohort-issue-note = କାହିଁକି (ଏହା ଅଡିଟ୍ ରେକର୍ଡରେ ରଖାଯିବ)
cohort-issue-button = ପ୍ରମାଣପତ୍ର ଦିଅନ୍ତୁ
cohort-issue-module-needed = ଦଳର ମଡ୍ୟୁଲ୍ ଭିତରୁ ଗୋଟିଏ ବାଛନ୍ତୁ।
cohort-issue-members-needed = ଅତି କମରେ ଜଣେ ସଦସ୍ୟଙ୍କ ପାଖରେ ଟିକ୍ ଦିଅନ୍ତୁ।
cohort-issue-note-needed = ଏହି ପ୍ରମାଣପତ୍ରଗୁଡ଼ିକ କାହିଁକି ସିଧାସଳଖ ଦିଆଯାଉଛି, ଲେଖନ୍ତୁ।
audit-title = ଅଡିଟ୍ ରେକର୍ଡ
audit-when = କେବେ
audit-who = କିଏ
audit-what = କ'ଣ କଲେ
audit-subject = କେଉଁଥିରେ
audit-detail = କାରଣ କିମ୍ବା ଟିପ୍ପଣୀ
audit-action-certificate-issue = ପ୍ରମାଣପତ୍ର ସିଧାସଳଖ ଦିଆଗଲା
audit-action-certificate-revoke = ପ୍ରମାଣପତ୍ର ରଦ୍ଦ କରାଗଲା
audit-empty = ଏଯାଏଁ କିଛି ଲେଖା ହୋଇନାହିଁ।
certificate-credential = ଦସ୍ତଖତ ଥିବା ପ୍ରମାଣପତ୍ର ଡାଉନଲୋଡ୍ କରନ୍ତୁ (Open Badges 3.0, JSON)
certificate-credential-hint = ଏହା ଏପରି ଏକ ଫାଇଲ୍, ଯାହାକୁ ବ୍ୟାଙ୍କ, ଚାକିରିଦାତା କିମ୍ବା ଡିଜିଟାଲ୍ ୱାଲେଟ୍ ନିଜେ ଯାଞ୍ଚ କରିପାରିବ: ଏଥିରେ ଏକାଡେମୀର ଦସ୍ତଖତ ଅଛି, ଆଉ ଏକାଡେମୀର ସାର୍ବଜନୀନ ଚାବି /.well-known/did.json ରେ ଅଛି।
certificate-picture = ଫୋନ୍ ପାଇଁ ଛବି
check-offline-ok = QR କୋଡର ଦସ୍ତଖତ ଠିକ୍ ଅଛି: ଏହି ପ୍ରମାଣପତ୍ର ASM ଲର୍ଣ୍ଣିଂ ଏକାଡେମୀ ହିଁ ଦେଇଛି।
check-offline-bad = QR କୋଡର ଦସ୍ତଖତ ଠିକ୍ ନାହିଁ। ଏହି କାଗଜ ଉପରେ ଭରସା କରନ୍ତୁ ନାହିଁ; ଏହାକୁ ଅନଲାଇନରେ ଯାଞ୍ଚ କରନ୍ତୁ।
check-offline-note = ଏହି ଫୋନରେ ଇଣ୍ଟରନେଟ୍ ବିନା ଯାଞ୍ଚ କରାଗଲା। ପରେ ଏହି ପ୍ରମାଣପତ୍ର ରଦ୍ଦ କରାଯାଇଛି କି ନାହିଁ, ତାହା କେବଳ ଅନଲାଇନରେ ଜଣାପଡ଼େ।
check-offline-intro = ଏହି ଫୋନରେ ପ୍ରମାଣପତ୍ରର QR କୋଡ୍ ସ୍କାନ୍ କରନ୍ତୁ: ଥରେ ଏହି ପେଜ ଖୋଲିସାରିଲେ, ଇଣ୍ଟରନେଟ୍ ନ ଥିଲେ ବି ଏହା ପ୍ରମାଣପତ୍ର ଯାଞ୍ଚ କରିପାରେ।

## Sync with field nodes
sync-title = ସିଙ୍କ୍ ଓ ଫିଲ୍ଡ ଲାପଟପ୍
sync-nodes = ଏହି ଏକାଡେମୀର ଫିଲ୍ଡ ଲାପଟପ୍
sync-no-nodes = ଏଯାଏଁ କୌଣସି ଫିଲ୍ଡ ଲାପଟପ୍ ଯୋଡ଼ାଯାଇନାହିଁ।
sync-node-name = ନାମ
sync-node-scope = ଜିଲ୍ଲା ଓ ଶିଖିବା ଦଳ
sync-node-seen = ଶେଷ ସିଙ୍କ୍
sync-node-revoked = ବାତିଲ୍ ହୋଇଛି
sync-node-revoke = ବାତିଲ୍ କରନ୍ତୁ
sync-node-new = ଫିଲ୍ଡ ଲାପଟପ୍ ଯୋଡ଼ନ୍ତୁ
sync-node-districts = ଜିଲ୍ଲା (ପ୍ରତି ନାମ ମଝିରେ କମା ଦିଅନ୍ତୁ)
sync-node-cohorts = ଶିଖିବା ଦଳର ଆଇଡି (ପ୍ରତି ଆଇଡି ମଝିରେ କମା ଦିଅନ୍ତୁ)
sync-node-scope-hint = ଏହି ଲାପଟପ୍‌ରେ ଏହି ଜିଲ୍ଲା ଓ ଶିଖିବା ଦଳର ସଦସ୍ୟମାନେ ଆସିବେ, ଆଉ ସବୁ ଷ୍ଟାଫ୍ ମଧ୍ୟ।
sync-node-register = ଯୋଡ଼ନ୍ତୁ
sync-node-needs = ଗୋଟିଏ ନାମ ଦିଅନ୍ତୁ, ଆଉ ଅତି କମରେ ଗୋଟିଏ ଜିଲ୍ଲା କିମ୍ବା ଶିଖିବା ଦଳ।
sync-bad-cohort = { $cohort } ଆଇଡି ଥିବା କୌଣସି ଶିଖିବା ଦଳ ନାହିଁ।
sync-token-once = ଏହି ଟୋକନ୍ ଏବେ କପି କରିନିଅନ୍ତୁ। ଏହା କେବଳ ଥରେ ଦେଖାଯିବ।
sync-token-how = ଲାପଟପ୍‌ରେ ଏହି ପେଜ ଖୋଲନ୍ତୁ ଓ ଏହି ଏକାଡେମୀର ଠିକଣା ଆଉ ଟୋକନ୍ ଦିଅନ୍ତୁ, କିମ୍ବା ଏହା ଚଲାନ୍ତୁ: academy sync --remote ADDRESS --token TOKEN
sync-as-node = ଫିଲ୍ଡ ଲାପଟପ୍ ଭାବେ ଏହି ଏକାଡେମୀ
sync-not-node = ଏହି ଏକାଡେମୀ କୌଣସି ମୁଖ୍ୟ ଏକାଡେମୀ ସହ ସିଙ୍କ୍ ହୁଏ ନାହିଁ।
sync-remote = ମୁଖ୍ୟ ଏକାଡେମୀର ଠିକଣା
sync-token = ଟୋକନ୍
sync-set-peer = ସେଭ୍ କରି ସିଙ୍କ୍ କରନ୍ତୁ
sync-last = ଶେଷ ସିଙ୍କ୍
sync-never = କେବେ ହୋଇନାହିଁ
sync-last-error = ଶେଷ ସମସ୍ୟା
sync-now = ଏବେ ସିଙ୍କ୍ କରନ୍ତୁ
sync-done = ସିଙ୍କ୍ ହେଲା: { $sent }ଟି ପରିବର୍ତ୍ତନ ପଠାଗଲା, { $received }ଟି ଆସିଲା।
sync-duplicates = ହୁଏତ ଏକା ଲୋକ
sync-no-duplicates = କୌଣସି ରେକର୍ଡ ଏକା ଲୋକର ଭଳି ଲାଗୁନାହିଁ।
sync-duplicates-hint = ଏହି ରେକର୍ଡଗୁଡ଼ିକ ଅଲଗା ଅଲଗା ଜାଗାରେ ତିଆରି ହୋଇଥିଲା। ଦୁଇଟିଯାକ ଖୋଲନ୍ତୁ ଓ ସଦସ୍ୟଙ୍କୁ ପଚାରି ମିଳାଇ ଦେଖନ୍ତୁ।
sync-duplicate-phone = ଏକା ମୋବାଇଲ୍ ନମ୍ବର
sync-duplicate-name = ଏକା ନାମ, ଜନ୍ମ ବର୍ଷ ଓ ଗାଁ

## Learning offline on the phone
offline-waiting = { $n }ଟି ଉତ୍ତର ଏହି ଫୋନରେ ରଖାଯାଇଛି। ଫୋନରେ ନେଟୱାର୍କ ଆସିଲେ ସେଗୁଡ଼ିକ ପଠାଯିବ।
offline-saved-answers = ନେଟୱାର୍କ ନାହିଁ: ଆପଣଙ୍କ ଉତ୍ତର ଏହି ଫୋନରେ ରଖାଯାଇଛି। ଫୋନରେ ନେଟୱାର୍କ ଆସିଲେ ସେଗୁଡ଼ିକ ପଠାଯିବ।
offline-sent = ଏହି ଫୋନରେ ରଖାଯାଇଥିବା ଆପଣଙ୍କ ଉତ୍ତର ପଠାଯାଇଛି।
offline-sign-in = ଏହି ଫୋନରେ ରଖାଯାଇଥିବା ଉତ୍ତର ପଠାଇବାକୁ ପୁଣି ଲଗ୍ ଇନ୍ କରନ୍ତୁ।
offline-failed = ଏହି ଫୋନରେ ରଖାଯାଇଥିବା ଉତ୍ତର ଏଯାଏଁ ପଠାଯାଇପାରିଲା ନାହିଁ। ପୁଣି ପଠାଇବାକୁ ଚେଷ୍ଟା କରାଯିବ।
offline-save-module = ଏହି ମଡ୍ୟୁଲ୍ ଫୋନରେ ସେଭ୍ କରନ୍ତୁ ({ $size } MB)
offline-saving = ସେଭ୍ ହେଉଛି…
offline-saved-module = ଏହି ଫୋନରେ ସେଭ୍ ହୋଇଛି
offline-title = ନେଟୱାର୍କ ନାହିଁ
offline-not-kept = ଏହି ପେଜ ଏହି ଫୋନରେ ସେଭ୍ ହୋଇନାହିଁ। ଆପଣ ଆଗରୁ ଖୋଲିଥିବା ପେଜ ଓ ସେଭ୍ କରିଥିବା ମଡ୍ୟୁଲ୍ ଏବେ ବି ଖୋଲିବ।
offline-how = ନେଟୱାର୍କ ବିନା ଶିଖିବାକୁ ହେଲେ, ନେଟୱାର୍କ ଥିବା ବେଳେ ଗୋଟିଏ ମଡ୍ୟୁଲ୍ ଖୋଲନ୍ତୁ ଓ "ଏହି ମଡ୍ୟୁଲ୍ ଫୋନରେ ସେଭ୍ କରନ୍ତୁ" ଦବାନ୍ତୁ।

## Merging people registered twice
sync-merge-into = ଏକା ଲୋକ: { $name } ନାମରେ ରଖନ୍ତୁ
sync-keep-apart = ଦୁଇ ଜଣ ଅଲଗା ଲୋକ
audit-action-member-merge = ଏକା ଲୋକର ଦୁଇଟି ରେକର୍ଡ ମିଶାଗଲା
audit-action-member-keep-apart = ଦୁଇଟି ରେକର୍ଡ ଅଲଗା ରଖାଗଲା
audit-action-node-register = ଫିଲ୍ଡ ଲାପଟପ୍ ଯୋଡ଼ାଗଲା
audit-action-node-revoke = ଫିଲ୍ଡ ଲାପଟପ୍ ବାତିଲ୍ କରାଗଲା

## Knowledge exchange: forums, questions to experts, moderation, notices, search, library, mentoring

role-expert = ବିଶେଷଜ୍ଞ
role-moderator = ଫୋରମ୍ ମଡରେଟର
nav-forums = ଫୋରମ୍
nav-notices = ଖବର
forums-title = ଫୋରମ୍
forums-intro = ଖଣି ଶ୍ରମିକ, ମୁଖିଆ, ବିଶେଷଜ୍ଞ ଓ ସହାୟକଙ୍କ ସହ ପ୍ରଶ୍ନ ପଚାରନ୍ତୁ, ଉତ୍ତର ଦିଅନ୍ତୁ ଓ ଆପଣ ଯାହା ଜାଣନ୍ତି ତାହା ବାଣ୍ଟନ୍ତୁ।
forums-general = ସମସ୍ତଙ୍କ ପାଇଁ
forums-modules = ପ୍ରତ୍ୟେକ ମଡ୍ୟୁଲ୍ ପାଇଁ ଗୋଟିଏ ଫୋରମ୍
forum-name-general = ଯେକୌଣସି କଥା ଉପରେ ଗପସପ
forum-name-women = ମହିଳା ମଣ୍ଡଳ
forum-name-markets = ବିକ୍ରି, ଦର ଓ କାମଧନ୍ଦା
forum-women-only = କେବଳ ମହିଳାଙ୍କ ପାଇଁ
forum-women-only-about = ଏହି ଫୋରମ୍ କେବଳ ମହିଳା ସଦସ୍ୟ ଓ ମଡରେଟର ଦେଖିପାରିବେ।
forum-threads = { $n ->
    [one] { $shown }ଟି ଆଲୋଚନା
   *[other] { $shown }ଟି ଆଲୋଚନା
}
forum-unread = { $n ->
    [one] { $shown }ଟି ନୂଆ
   *[other] { $shown }ଟି ନୂଆ
}
forum-replies = { $n ->
    [one] { $shown }ଟି ଉତ୍ତର
   *[other] { $shown }ଟି ଉତ୍ତର
}
forum-reports = { $n ->
    [one] { $shown }ଟି ଅଭିଯୋଗ
   *[other] { $shown }ଟି ଅଭିଯୋଗ
}
forum-empty = ଏଠି ଏଯାଏଁ କିଛି ନାହିଁ। ଆପଣ ପ୍ରଥମେ ପଚାରନ୍ତୁ।
forum-new = ନୂଆ
forum-ask = କିଛି ପଚାରନ୍ତୁ ବା କୁହନ୍ତୁ
forum-module-lessons = ଏହି ମଡ୍ୟୁଲର ପାଠ
forum-question = ପ୍ରଶ୍ନ
forum-answered = ଉତ୍ତର ମିଳିଛି
forum-waiting-answer = ଏଯାଏଁ ଉତ୍ତର ମିଳିନାହିଁ
forum-accepted = ସବୁଠୁ ଭଲ ଉତ୍ତର
forum-expert = ବିଶେଷଜ୍ଞ
forum-anonymous = ନାମ ଲୁଚାଇଥିବା ସଦସ୍ୟ
forum-status-held = ମଡରେଟର ଦେଖିବା ବାକି ଅଛି
forum-status-hidden = ମଡରେଟର ଲୁଚାଇଦେଇଛନ୍ତି
forum-title-field = ଆପଣଙ୍କ ପ୍ରଶ୍ନ ବା ବିଷୟ, ଅଳ୍ପ କଥାରେ
forum-body-field = ଆପଣ କ'ଣ କହିବାକୁ ଚାହାନ୍ତି?
forum-body-hint = ଯେକୌଣସି ଭାଷାରେ ଲେଖନ୍ତୁ। ଅନ୍ୟ କାହାର ଲେଖା କଥା ଦୋହରାଇବାକୁ, ଧାଡ଼ି ଆରମ୍ଭରେ > ଲେଖନ୍ତୁ। କୌଣସି ପାଠ ଦେଖାଇବାକୁ, ତାର ଠିକଣା (ଲିଙ୍କ) ପେଷ୍ଟ କରନ୍ତୁ। କାହାକୁ ଡାକିବାକୁ, @ ଓ ତାଙ୍କ ସଦସ୍ୟ କୋଡ୍ ଲେଖନ୍ତୁ।
forum-image-field = ଗୋଟିଏ ଫଟୋ (ଜରୁରୀ ନୁହେଁ)
forum-image-alt = { $name } ପଠାଇଥିବା ଫଟୋ
forum-is-question = ଏହା ବିଶେଷଜ୍ଞଙ୍କ ପାଇଁ ଗୋଟିଏ ପ୍ରଶ୍ନ
forum-anonymous-field = ମୋ ନାମ ନ ଦେଖାଇ ପଚାରନ୍ତୁ
forum-anonymous-hint = କେହି ଆପଣଙ୍କ ନାମ ଦେଖିବେ ନାହିଁ, ମଡରେଟର ମଧ୍ୟ ନୁହେଁ। କେବଳ କୌଣସି ଗମ୍ଭୀର କାରଣରୁ, ଯେମିତି କୋର୍ଟର ଆଦେଶ, ଆଡମିନ୍ ନାମଟି ମଡରେଟରଙ୍କୁ ଦେଖାଇପାରିବେ, ଆଉ ଏହା ଲେଖି ରଖାଯାଏ। ତଥାପି ଆପଣ ଉତ୍ତର ପାଇବେ।
forum-post = ପଠାନ୍ତୁ
forum-reply = ଆପଣଙ୍କ ଉତ୍ତର
forum-quote = ଏହାର ଉତ୍ତର ଦିଅନ୍ତୁ
forum-report = ମଡରେଟରଙ୍କୁ ଜଣାନ୍ତୁ
forum-report-why = ଏହି ପୋଷ୍ଟରେ କ'ଣ ଭୁଲ୍ ଅଛି?
forum-report-done = ଧନ୍ୟବାଦ। ଜଣେ ମଡରେଟର ଏହାକୁ ଦେଖିବେ।
forum-back-to-thread = ଆଲୋଚନାକୁ ଫେରନ୍ତୁ
forum-accept = ଏହି ଉତ୍ତର ମୋ କାମରେ ଆସିଲା
forum-held-notice = ଧନ୍ୟବାଦ। ଜଣେ ମଡରେଟର ପଢ଼ିସାରିବା ପରେ ଆପଣଙ୍କ ପୋଷ୍ଟ ଦେଖାଯିବ।
forum-muted = ଏବେ ଆପଣ ଫୋରମରେ ଲେଖିପାରିବେ ନାହିଁ। ଜଣେ ମଡରେଟର କିଛି ସମୟ ପାଇଁ ଆପଣଙ୍କ ପୋଷ୍ଟ ରୋକିଛନ୍ତି।
forum-reveal = ମଡରେଟରଙ୍କୁ ନାମ ଦେଖାନ୍ତୁ
forum-reveal-reason = ନାମ କାହିଁକି ଦେଖାଇବା ଦରକାର? ଏହା ଅଡିଟ୍ ରେକର୍ଡରେ ଲେଖାଯିବ।
upload-too-large = ଏହି ଫାଇଲ୍ ବହୁତ ବଡ଼। ଛୋଟ ଫାଇଲ୍ ପଠାନ୍ତୁ।
upload-not-picture = ଏହା ଫଟୋ ନୁହେଁ। JPG, PNG କିମ୍ବା WebP ଫଟୋ ପଠାନ୍ତୁ।
questions-title = ବିଶେଷଜ୍ଞଙ୍କ ଉତ୍ତରକୁ ଅପେକ୍ଷା କରୁଥିବା ପ୍ରଶ୍ନ
questions-intro = ଏହି ପ୍ରଶ୍ନଗୁଡ଼ିକର ଏଯାଏଁ କୌଣସି ବିଶେଷଜ୍ଞ ଉତ୍ତର ଦେଇନାହାନ୍ତି। ସବୁଠୁ ପୁରୁଣା ପ୍ରଶ୍ନ ସବୁଠୁ ଉପରେ ଅଛି।
moderation-title = ଫୋରମ୍ ଦେଖାଶୁଣା
moderation-queue = ଦେଖିବାକୁ ଥିବା ପୋଷ୍ଟ
moderation-nothing = ଦେଖିବାକୁ କିଛି ନାହିଁ। ଧନ୍ୟବାଦ।
moderation-reason = କାରଣ
moderation-hide = ଲୁଚାନ୍ତୁ
moderation-restore = ପୁଣି ଦେଖାନ୍ତୁ
moderation-approve = ଦେଖାଯିବାକୁ ଦିଅନ୍ତୁ
moderation-keep = ରହିବାକୁ ଦିଅନ୍ତୁ
moderation-mutes = ପୋଷ୍ଟ ରୋକାଯାଇଥିବା ସଦସ୍ୟ
moderation-no-mutes = କାହାରି ପୋଷ୍ଟ ରୋକାଯାଇନାହିଁ।
moderation-member-code = ସଦସ୍ୟ କୋଡ୍
moderation-days = କେତେ ଦିନ ପାଇଁ? (ଖାଲି ଛାଡ଼ିଲେ: କେହି ରୋକ ହଟାଇବା ଯାଏଁ)
moderation-mute = ଏହି ସଦସ୍ୟଙ୍କ ପୋଷ୍ଟ ରୋକନ୍ତୁ
moderation-unmute = ରୋକ ହଟାନ୍ତୁ
moderation-until-lifted = ରୋକ ହଟିବା ଯାଏଁ
moderation-settings = ସେଟିଂ
moderation-hold-first = ପ୍ରତ୍ୟେକ ନୂଆ ସଦସ୍ୟଙ୍କ ପ୍ରଥମ ପୋଷ୍ଟ ଜଣେ ମଡରେଟର ପଢ଼ିବା ଯାଏଁ ରୋକି ରଖନ୍ତୁ
moderation-no-such-member = ଏହି କୋଡରେ କୌଣସି ସଦସ୍ୟ ନାହାନ୍ତି।
moderation-bad-days = 1ରୁ 3650 ଭିତରେ ଦିନ ସଂଖ୍ୟା ଲେଖନ୍ତୁ, ନହେଲେ ଖାଲି ଛାଡ଼ନ୍ତୁ।
moderation-reason-needed = ଦୟାକରି କାରଣ ଲେଖନ୍ତୁ।
notices-title = ଆପଣଙ୍କ ପାଇଁ ଖବର
notices-empty = ଏଯାଏଁ ଆପଣଙ୍କ ପାଇଁ ନୂଆ କିଛି ନାହିଁ।
notice-reply = { $who } “{ $title }”ରେ ଉତ୍ତର ଦେଲେ
notice-answer = { $who } ଆପଣଙ୍କ ପ୍ରଶ୍ନ “{ $title }”ର ଉତ୍ତର ଦେଲେ
notice-accepted = “{ $title }”ରେ ଆପଣଙ୍କ ଉତ୍ତରକୁ ସବୁଠୁ ଭଲ ଉତ୍ତର ଭାବେ ବଛାଗଲା
notice-mention = { $who } “{ $title }”ରେ ଆପଣଙ୍କୁ ଡାକିଲେ
notice-message = { $who } ନୂଆ ମେସେଜ୍ ପଠାଇଛନ୍ତି
search-title = ଖୋଜନ୍ତୁ
search-label = ପାଠ, ଫୋରମ୍ ଓ ଲାଇବ୍ରେରୀରେ ଖୋଜନ୍ତୁ
search-placeholder = ଖୋଜନ୍ତୁ
search-button = ଖୋଜନ୍ତୁ
search-hint = ଇଂରାଜୀ, ହିନ୍ଦୀ, ଓଡ଼ିଆ କିମ୍ବା ବଙ୍ଗଳାରେ ଗୋଟିଏ ବା ଅଧିକ ଶବ୍ଦ ଲେଖନ୍ତୁ।
search-found = { $n ->
    [one] { $shown }ଟି ଜିନିଷ ମିଳିଲା
   *[other] { $shown }ଟି ଜିନିଷ ମିଳିଲା
}
search-in-all = ସବୁକିଛି
search-in-lessons = ପାଠ
search-in-posts = ଫୋରମ୍
search-in-library = ଲାଇବ୍ରେରୀ
search-kind-lesson = ପାଠ
search-kind-post = ଫୋରମ୍
search-kind-resource = ଲାଇବ୍ରେରୀ
search-sign-in-for-posts = ଫୋରମରେ ବି ଖୋଜିବାକୁ ଲଗ୍ ଇନ୍ କରନ୍ତୁ।
library-title = ଲାଇବ୍ରେରୀ
library-intro = ପୋଷ୍ଟର, ଗାଇଡ୍ ବହି, ଫର୍ମ ଓ ରେକର୍ଡିଂ: ଏଥିରୁ ଶିଖନ୍ତୁ ଓ ଅନ୍ୟମାନଙ୍କୁ ବି ଦିଅନ୍ତୁ।
library-add = ଫାଇଲ୍ ଯୋଡ଼ନ୍ତୁ
library-any = ସବୁ
library-module = ମଡ୍ୟୁଲ୍
library-no-module = କୌଣସି ମଡ୍ୟୁଲ୍ ନାହିଁ
library-language = ଭାଷା
library-empty = ଏଠି ଏଯାଏଁ କୌଣସି ଫାଇଲ୍ ନାହିଁ।
library-file = ଫାଇଲ୍
library-file-hint = PDF ଫାଇଲ୍, ଫଟୋ (JPG, PNG, WebP) କିମ୍ବା ରେକର୍ଡିଂ (MP3, M4A, Ogg, AMR, WAV)। ବେଶୀରେ ବେଶୀ 10 MB, ଫଟୋ ବେଶୀରେ ବେଶୀ 3 MB।
library-file-needed = ଗୋଟିଏ ଫାଇଲ୍ ବାଛନ୍ତୁ।
library-file-kind = ଏକାଡେମୀ ଏହି ପ୍ରକାର ଫାଇଲ୍ ନେଇପାରିବ ନାହିଁ। PDF, ଫଟୋ କିମ୍ବା ରେକର୍ଡିଂ ପଠାନ୍ତୁ।
library-title-field = ନାମ
library-description = ଏଥିରେ କ'ଣ ଅଛି? (ଜରୁରୀ ନୁହେଁ)
library-upload = ଲାଇବ୍ରେରୀରେ ଯୋଡ଼ନ୍ତୁ
library-download = ଖୋଲନ୍ତୁ ବା ଡାଉନଲୋଡ୍ କରନ୍ତୁ
library-by = { $name } { $when }ରେ ଯୋଡ଼ିଥିଲେ
library-hidden = ଏହି ଫାଇଲ୍ ଲୁଚାଯାଇଛି। କେବଳ ମ୍ୟାନେଜର ଓ ମଡରେଟର ଏହାକୁ ଦେଖିପାରିବେ।
library-hide = ଏହି ଫାଇଲ୍ ଲୁଚାନ୍ତୁ
library-restore = ଏହି ଫାଇଲ୍ ପୁଣି ଦେଖାନ୍ତୁ
library-kind-document = କାଗଜପତ୍ର
library-kind-image = ଫଟୋ
library-kind-audio = ରେକର୍ଡିଂ
mentoring-title = ଶିଖିବାରେ ସାଥୀ
mentoring-intro = ଜଣେ ଅନୁଭବୀ ସଦସ୍ୟ ଜଣେ ନୂଆ ସଦସ୍ୟଙ୍କ ସାଥିରେ ରୁହନ୍ତି: ପ୍ରଶ୍ନରେ, ପରାମର୍ଶରେ, ସାହସ ଦେଇ।
mentoring-none = ଏଯାଏଁ ଆପଣଙ୍କ ସହ କୌଣସି ଅନୁଭବୀ ସାଥୀ କିମ୍ବା ନୂଆ ସଦସ୍ୟ ଯୋଡ଼ା ହୋଇନାହାନ୍ତି। ଆପଣଙ୍କ ସହାୟକ କିମ୍ବା ମ୍ୟାନେଜରଙ୍କୁ ପଚାରନ୍ତୁ।
mentoring-all = ସବୁ ଯୋଡ଼ି
mentoring-new = ଯୋଡ଼ି ତିଆରି କରନ୍ତୁ
mentoring-mentor-code = ଅନୁଭବୀ ସାଥୀଙ୍କ ସଦସ୍ୟ କୋଡ୍
mentoring-mentee-code = ନୂଆ ସଦସ୍ୟଙ୍କ ସଦସ୍ୟ କୋଡ୍
mentoring-pair = ଦୁହିଁଙ୍କୁ ଯୋଡ଼ନ୍ତୁ
mentoring-already = ଏ ଦୁହେଁ ଆଗରୁ ଗୋଟିଏ ଯୋଡ଼ି, କିମ୍ବା ଦୁହେଁ ଏକା ଲୋକ।
mentoring-end = ଏହି ଯୋଡ଼ି ଶେଷ କରନ୍ତୁ
mentoring-pair-mentor = ଅନୁଭବୀ ସାଥୀ: { $name }
mentoring-pair-mentee = ସାଥିରେ: { $name }
mentoring-you-mentor = ଆପଣ ଅନୁଭବୀ ସାଥୀ
mentoring-you-mentee = ଏ ଆପଣଙ୍କ ଅନୁଭବୀ ସାଥୀ
mentoring-private = କେବଳ ଆପଣ ଦୁହେଁ ଏହା ପଢ଼ିପାରିବେ।
mentoring-progress = ପୂରା ହୋଇଥିବା ମଡ୍ୟୁଲ୍
mentoring-not-shared = ଆପଣ ଦୁହେଁ ହଁ କହିଲେ, କିଏ କେତେ ଶିଖିଲେ ତାହା ଦେଖାଯିବ।
mentoring-waiting-other = ଆପଣ ହଁ କହିଛନ୍ତି। ଅନ୍ୟ ଜଣଙ୍କ ହଁ କହିବା ବାକି ଅଛି।
mentoring-share = ମୁଁ କେତେ ଶିଖିଛି, ଦେଖାନ୍ତୁ
mentoring-stop-sharing = ମୁଁ କେତେ ଶିଖିଛି, ଆଉ ଦେଖାନ୍ତୁ ନାହିଁ
mentoring-messages = ମେସେଜ୍
mentoring-no-messages = ଏଯାଏଁ କୌଣସି ମେସେଜ୍ ନାହିଁ। ନମସ୍କାର କୁହନ୍ତୁ।
mentoring-write = ଆପଣଙ୍କ ମେସେଜ୍
mentoring-send = ପଠାନ୍ତୁ
audit-action-forum-hide = ଫୋରମ୍ ପୋଷ୍ଟ ଲୁଚାଇଦିଆଗଲା
audit-action-forum-restore = ଫୋରମ୍ ପୋଷ୍ଟ ପୁଣି ଦେଖାଇଦିଆଗଲା
audit-action-forum-approve = ରୋକି ରଖାଯାଇଥିବା ପୋଷ୍ଟକୁ ଦେଖାଯିବାକୁ ଦିଆଗଲା
audit-action-forum-accept = ଅନ୍ୟ ଜଣଙ୍କ ପାଇଁ ସବୁଠୁ ଭଲ ଉତ୍ତର ବଛାଗଲା
audit-action-forum-mute = ଜଣେ ସଦସ୍ୟଙ୍କ ପୋଷ୍ଟ ରୋକାଗଲା
audit-action-forum-unmute = ରୋକ ହଟାଗଲା
audit-action-forum-reveal = ନାମ ଲୁଚାଇ ପଚାରିଥିବା ଲୋକଙ୍କ ନାମ ଦେଖାଇଦିଆଗଲା
audit-action-library-hide = ଲାଇବ୍ରେରୀ ଫାଇଲ୍ ଲୁଚାଇଦିଆଗଲା
audit-action-library-restore = ଲାଇବ୍ରେରୀ ଫାଇଲ୍ ପୁଣି ଦେଖାଇଦିଆଗଲା
audit-action-mentor-pair = ଅନୁଭବୀ ସାଥୀଙ୍କ ଯୋଡ଼ି ତିଆରି କରାଗଲା
audit-action-mentor-end = ଅନୁଭବୀ ସାଥୀଙ୍କ ଯୋଡ଼ି ଶେଷ କରାଗଲା
audit-action-forum-settings = ଫୋରମ୍ ସେଟିଂ ବଦଳାଗଲା
search-found-many = { $shown }ଟିରୁ ଅଧିକ ଜିନିଷ ମିଳିଲା, ନୂଆଗୁଡ଼ିକ ଆଗରେ। କମ୍ ପାଇଁ ଆଉ ଗୋଟିଏ ଶବ୍ଦ ଯୋଡ଼ନ୍ତୁ।

## The JSON API's tokens
api-title = API ଟୋକେନ୍
api-intro = ସହଯୋଗୀ ସଂସ୍ଥାର ପ୍ରୋଗ୍ରାମ ଏକ ନିଜସ୍ୱ ଟୋକେନ୍ ସହ ଏକାଡେମୀର JSON API ରୁ ତଥ୍ୟ ପଢ଼ନ୍ତି। ଟୋକେନ୍ ଜଣେ ସଦସ୍ୟଙ୍କ ତରଫରୁ କାମ କରେ ଓ ସେହି ସଦସ୍ୟଙ୍କଠାରୁ ଅଧିକ କିଛି କରିପାରେ ନାହିଁ; ତାର ସ୍କୋପ୍ ତାକୁ ଆହୁରି ସୀମିତ କରେ। API ର ବିବରଣୀ ଏଠାରେ:
api-token-once = ନୂଆ ଟୋକେନ୍ ତଳେ ଅଛି। ଏବେ କପି କରିନିଅନ୍ତୁ: ଏହା କେବଳ ଥରେ ଦେଖାଯିବ।
api-name = ନାମ
api-member = କାହା ପାଇଁ
api-member-code = ଯେଉଁ ସଦସ୍ୟଙ୍କ ତରଫରୁ ଟୋକେନ୍ କାମ କରିବ, ତାଙ୍କ ସଦସ୍ୟ କୋଡ୍
api-scopes = ସ୍କୋପ୍
api-created = କେବେ ତିଆରି
api-last-used = ଶେଷ ବ୍ୟବହାର
api-revoked = ବାତିଲ
api-revoke = ବାତିଲ କରନ୍ତୁ
api-new = ଟୋକେନ୍ ତିଆରି କରନ୍ତୁ
api-create = ଟୋକେନ୍ ତିଆରି କରନ୍ତୁ
api-choose-scope = ଅତି କମରେ ଗୋଟିଏ ସ୍କୋପ୍ ବାଛନ୍ତୁ।
audit-action-api-token-create = API ଟୋକେନ୍ ତିଆରି କରାଗଲା
audit-action-api-token-revoke = API ଟୋକେନ୍ ବାତିଲ କରାଗଲା
lrs-title = ଲର୍ନିଂ ରେକର୍ଡ ଷ୍ଟୋର୍ (xAPI)
lrs-intro = ବାହାରର ଇ-ଲର୍ନିଂ ବିଷୟବସ୍ତୁ ଏକାଡେମୀର xAPI 1.0.3 ଲର୍ନିଂ ରେକର୍ଡ ଷ୍ଟୋର୍‌କୁ ଜଣାଏ ଯେ ଶିକ୍ଷାର୍ଥୀମାନେ କ'ଣ କଲେ, ପ୍ରତ୍ୟେକ ସହଯୋଗୀ ସଂସ୍ଥା ପାଇଁ ଗୋଟିଏ କି ଓ ସିକ୍ରେଟ୍ ସହ। ଜଣେ ସଦସ୍ୟ ଓ ଏକାଡେମୀର କୌଣସି ପାଠ ବା ପରୀକ୍ଷା ବିଷୟରେ ଆସିଥିବା ରେକର୍ଡ ତାଙ୍କ ଅଗ୍ରଗତିରେ ଗଣାଯାଏ। ଠିକଣା:
lrs-partner = ସହଯୋଗୀ ସଂସ୍ଥା
lrs-key = କି
lrs-secret = ସିକ୍ରେଟ୍
lrs-create = କି ଓ ସିକ୍ରେଟ୍ ତିଆରି କରନ୍ତୁ
audit-action-xapi-credential-create = xAPI କି ତିଆରି କରାଗଲା
audit-action-xapi-credential-revoke = xAPI କି ବାତିଲ କରାଗଲା
audit-export = ସମ୍ପୂର୍ଣ୍ଣ ଲଗ୍ ଡାଉନଲୋଡ୍ କରନ୍ତୁ (CSV)

privacy-link = ଆପଣଙ୍କ ତଥ୍ୟ ଓ ଆପଣଙ୍କ ଅଧିକାର
privacy-contact-default = ଆପଣଙ୍କ ସହାୟକ, କିମ୍ବା ଏକାଡେମୀର ଅଫିସ
privacy-years = { $shown } ବର୍ଷ
my-data-title = ମୋ ତଥ୍ୟ
my-data-intro = ଏକାଡେମୀ ଆପଣଙ୍କ ବିଷୟରେ ଯାହା ରଖେ, ସବୁ ଏଠାରେ ଅଛି। ଏହାକୁ କେବଳ ଆପଣ ଓ ଆପଣଙ୍କ ପଢ଼ା ଚଳାଉଥିବା ଲୋକ ଦେଖନ୍ତି।
my-data-download = ସବୁ ଡାଉନଲୋଡ୍ କରନ୍ତୁ (JSON ଫାଇଲ)
my-data-rows = { $shown } ରେକର୍ଡ
my-data-erase-title = ମୋ ତଥ୍ୟ ଲିଭାନ୍ତୁ
my-data-erase-text = ଆପଣଙ୍କ ନାମ, ଫୋନ, ଗାଁ ଓ ଲଗ୍-ଇନ୍ ସବୁଦିନ ପାଇଁ ହଟିଯିବ। ଆପଣଙ୍କ ପଢ଼ା କେବଳ ରିପୋର୍ଟର ଗଣନାରେ ରହିବ, ନାମ ବିନା। ଫୋରମରେ ଆପଣଙ୍କ କଥା ରହିବ, ନାମ ବିନା। ଏହାକୁ ଫେରାଇ ହେବ ନାହିଁ।
my-data-erase-confirm = ହଁ, ମୋ ତଥ୍ୟ ଲିଭାଇ ଦିଅନ୍ତୁ
my-data-erase-button = ଏବେ ଲିଭାନ୍ତୁ
my-data-erased = ଆପଣଙ୍କ ତଥ୍ୟ ଲିଭାଯାଇଛି। ଆମ ସହ ଶିଖିଥିବାରୁ ଧନ୍ୟବାଦ।
my-data-consent = ଆପଣ { $date } ରେ ସମ୍ମତି ଦେଇଥିଲେ, { $by } ଲେଖିଥିଲେ।
my-data-no-consent = କୌଣସି ସମ୍ମତି ଲେଖା ହୋଇନାହିଁ।
my-data-table-memberships = ଆପଣଙ୍କ ସଂଗଠନ
my-data-table-statements = ପଢ଼ାର ରେକର୍ଡ
my-data-table-lesson-progress = ଖୋଲିଥିବା ଓ ଶେଷ କରିଥିବା ପାଠ
my-data-table-module-progress = ଆରମ୍ଭ କରିଥିବା ମଡ୍ୟୁଲ
my-data-table-test-results = ପରୀକ୍ଷା ଫଳ
my-data-table-cohort-members = ଶିଖିବା ଦଳ
my-data-table-session-attendance = ଦଳ ବୈଠକରେ ଉପସ୍ଥିତି
my-data-table-certificates = ପ୍ରମାଣପତ୍ର
my-data-table-forum-threads = ଆପଣ ଆରମ୍ଭ କରିଥିବା ଫୋରମ ବିଷୟ
my-data-table-forum-posts = ଫୋରମରେ ଲେଖା
my-data-table-forum-reports = ଆପଣ ଅଭିଯୋଗ କରିଥିବା ଲେଖା
my-data-table-notices = ଆପଣଙ୍କ ପାଇଁ ସୂଚନା
my-data-table-mentor-pairs = ଅଭିଜ୍ଞ ସାଥୀ ଯୋଡ଼ି
my-data-table-mentor-messages = ସାଥୀଙ୍କୁ ପଠାଇଥିବା ବାର୍ତ୍ତା
my-data-table-api-tokens = ଆପଣଙ୍କ ନାମରେ API ଟୋକେନ୍
my-data-withdrawn = ଆପଣଙ୍କ ସମ୍ମତି ଫେରାଇ ନିଆଗଲା। ଆପଣଙ୍କ ତଥ୍ୟ ଆଉ କାମରେ ଲାଗିବ ନାହିଁ, ଆପଣଙ୍କ ପଢ଼ା ରିପୋର୍ଟରେ ଗଣାଯିବ ନାହିଁ। ତଥ୍ୟ ବି ହଟାଇବାକୁ ହେଲେ ତଳେ ଲିଭାନ୍ତୁ।
my-data-withdraw-text = ଆପଣ ଯେକୌଣସି ସମୟରେ ସମ୍ମତି ଫେରାଇ ନେଇପାରିବେ। ତା ପରେ ଆପଣଙ୍କ ତଥ୍ୟ କାମରେ ଲାଗିବ ନାହିଁ, ଆପଣଙ୍କ ପଢ଼ା ରିପୋର୍ଟରେ ଗଣାଯିବ ନାହିଁ।
my-data-withdraw-button = ମୋ ସମ୍ମତି ଫେରାଇ ନିଅନ୍ତୁ
my-data-table-consents = ଆପଣଙ୍କ ସମ୍ମତି
audit-action-member-create = ସଦସ୍ୟ ପଞ୍ଜିକୃତ କଲେ
audit-action-member-update = ସଦସ୍ୟଙ୍କ ତଥ୍ୟ ବଦଳାଇଲେ
audit-action-member-roles = ସଦସ୍ୟଙ୍କ ଭୂମିକା ବଦଳାଇଲେ
audit-action-member-erase = ସଦସ୍ୟଙ୍କ କହିବାରେ ତାଙ୍କ ତଥ୍ୟ ଲିଭାଇଲେ
audit-action-consent-withdraw = ସଦସ୍ୟ ନିଜ ସମ୍ମତି ଫେରାଇ ନେଲେ
