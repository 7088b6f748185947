# The academy's interface in Hindi. Keys are shared by en, or and bn; keep the files in step.

academy-name = ASM लर्निंग अकादमी
language = भाषा
nav-label = मुख्य मेन्यू
nav-home = होम
nav-me = मेरा पेज
nav-members = सदस्य
nav-organisations = संगठन
nav-sign-in = लॉग इन
nav-sign-out = लॉग आउट
footer = ASM लर्निंग अकादमी: छोटी खदानों और हाथ से खनन करने वाले समुदायों के लिए सीखने की जगह, सबसे पहले खदान में काम करने वाली महिलाओं के लिए।
go-home = होम पेज पर जाएँ
all = सभी
choose = चुनें…
other-states = बाकी राज्य और केंद्र शासित प्रदेश
saved = सेव हो गया।
form-has-errors = कुछ जवाब बदलने होंगे। नीचे लाल रंग में लिखी बातें देखें।

home-title = सीखें, सुरक्षित रहें, साथ मिलकर आगे बढ़ें
home-intro = ASM लर्निंग अकादमी छोटी खदानों और पत्थर खदानों में काम करने वालों को सिखाती है: सेहत और सुरक्षा, पैसा, अधिकार, नेतृत्व और बहुत कुछ, 15 छोटे पाठों में।
home-women = यहाँ खदान में काम करने वाली महिलाएँ सबसे पहले हैं। अपने फ़ोन पर खुद सीखें, या अपने समूह और फैसिलिटेटर के साथ।
home-no-email = ई-मेल की ज़रूरत नहीं है: अपने मोबाइल नंबर या सदस्य कोड से लॉग इन करें।
home-welcome-back = स्वागत है, { $name }

sign-in-title = लॉग इन
sign-in-login = मोबाइल नंबर या सदस्य कोड
sign-in-login-hint = जैसे 98765 43210 या JH-0001234
sign-in-password = पासवर्ड
sign-in-help = पासवर्ड याद नहीं? अपने फैसिलिटेटर या समूह लीडर से नया पासवर्ड बनवा लें।
sign-in-failed = मोबाइल नंबर या सदस्य कोड और पासवर्ड मेल नहीं खाते। फिर से कोशिश करें।
sign-in-wait = कई बार गलत कोशिश हुई। { $minutes ->
    [one] { $shown } मिनट
   *[other] { $shown } मिनट
} रुककर फिर से कोशिश करें।

me-roles = यहाँ आपका काम
me-code-hint = आपका सदस्य कोड आपके कार्ड पर लिखा है। इससे भी लॉग इन हो सकता है।
member-organisations = समूह और संगठन
member-no-organisations = अभी किसी समूह में नहीं।
password-title = पासवर्ड बदलें
password-current = पुराना पासवर्ड
password-new = नया पासवर्ड
password-hint = कम से कम 8 अक्षर या अंक। कोई छोटा वाक्य जो आपको याद रहे, अच्छा रहेगा।
password-save = नया पासवर्ड सेव करें
password-saved = आपका नया पासवर्ड सेव हो गया।
password-current-wrong = पुराना पासवर्ड सही नहीं है।
password-too-short = नए पासवर्ड में कम से कम 8 अक्षर या अंक होने चाहिए।

members-search = नाम, मोबाइल नंबर या सदस्य कोड से खोजें
members-filter = दिखाएँ
members-count = { $n ->
    [one] { $shown } सदस्य
   *[other] { $shown } सदस्य
}
member-new-title = नया सदस्य जोड़ें
member-edit = जानकारी बदलें
member-save = सेव करें
member-roles = भूमिका
member-roles-save = भूमिका सेव करें
member-join = किसी समूह में जोड़ें (समूह का पूरा और सही नाम लिखें)
member-join-button = जोड़ें
member-join-unknown = इस नाम का कोई संगठन नहीं है। देखें कि नाम ठीक लिखा है, या पहले संगठन को जोड़ें।
member-org-role = समूह में भूमिका
member-leave = हटाएँ

organisations-search = नाम से खोजें
organisations-count = { $n ->
    [one] { $shown } संगठन
   *[other] { $shown } संगठन
}
organisation-new-title = नया संगठन जोड़ें
organisation-edit-title = संगठन की जानकारी बदलें
organisation-filter-members = इसके सदस्य देखें

page-prev = पिछला
page-next = अगला
page-of = { $pages } में से पेज { $page }

field-code = सदस्य कोड
field-full-name = पूरा नाम
field-full-name-hint = जैसे सदस्य खुद लिखें, किसी भी लिपि में।
field-phone = मोबाइल नंबर (ज़रूरी नहीं)
field-phone-hint = 10 अंक, जैसे 98765 43210।
field-gender = लिंग
field-birth-year = जन्म का साल (ज़रूरी नहीं)
field-state = राज्य
field-district = ज़िला
field-village = गाँव
field-place = जगह
field-stakeholder = खनन में काम
field-language = पसंद की भाषा
field-role = भूमिका
field-consent = जानकारी रखने की सहमति
field-consent-box = सदस्य इस बात से सहमत हैं कि अकादमी उनकी पढ़ाई के लिए यह जानकारी रखे।
field-consent-by = सहमति किसने ली
field-org-name = नाम
field-org-kind = संगठन किस तरह का है
consent-given = सहमति मिली, { $by } ने ली
consent-none = दर्ज नहीं

problem-required = यह भरना ज़रूरी है।
problem-too-long = बहुत लंबा है: ज़्यादा से ज़्यादा { $max } अक्षर।
problem-not-allowed = सूची में से एक चुनें।
problem-bad-phone = मोबाइल नंबर 10 अंकों का होना चाहिए और 6, 7, 8 या 9 से शुरू होना चाहिए।
problem-bad-member-code = यह सदस्य कोड नहीं लगता। सदस्य कोड ऐसा होता है: JH-0001234
problem-bad-year = { $from } से { $to } के बीच का साल लिखें।
problem-taken = यह पहले से किसी दूसरे सदस्य का है।
problem-name-taken = इस नाम का संगठन पहले से है।
problem-semicolon = नाम में ";" न लिखें।

error-not-found-title = पेज नहीं मिला
error-not-found = इस पते पर कोई पेज नहीं है। हो सकता है वह कहीं और चला गया हो।
error-forbidden-title = यह आपकी भूमिका के लिए नहीं है
error-forbidden = यह पेज दूसरी भूमिकाओं के लिए है। अगर आपको इसकी ज़रूरत है, तो अकादमी के मैनेजर से पूछें।
error-stale-form-title = फिर से कोशिश करें
error-stale-form = यह फ़ॉर्म बहुत देर तक खुला रहा या किसी दूसरे पेज से आया। पीछे जाएँ, पेज को फिर से खोलें (रीलोड करें) और दोबारा भेजें।
error-internal-title = कुछ गड़बड़ हो गई
error-internal = हमारी तरफ़ कुछ गड़बड़ हो गई। थोड़ी देर बाद फिर से कोशिश करें।

gender-woman = महिला
gender-man = पुरुष
gender-another = अन्य
gender-unstated = बताना नहीं चाहते

stakeholder-miner = खनिक (खदान में काम)
stakeholder-community-leader = समुदाय के लीडर
stakeholder-value-chain-agent = व्यापारी या एजेंट
stakeholder-private-company = प्राइवेट कंपनी
stakeholder-public-company = सरकारी कंपनी
stakeholder-academic = यूनिवर्सिटी या कॉलेज
stakeholder-ngo = NGO (संस्था)
stakeholder-government = सरकार
stakeholder-other = अन्य

role-learner = सीखने वाले
role-facilitator = फैसिलिटेटर
role-author = पाठ बनाने वाले
role-manager = प्रोग्राम मैनेजर
role-admin = एडमिन

org-role-member = सदस्य
org-role-leader = लीडर

org-kind-shg = स्वयं सहायता समूह (SHG)
org-kind-afm-chapter = महिला खनिक संघ (AFM) की शाखा
org-kind-cooperative = सहकारी समिति
org-kind-company = कंपनी
org-kind-university = यूनिवर्सिटी या कॉलेज
org-kind-ngo = NGO (संस्था)
org-kind-government = सरकारी विभाग
org-kind-other = अन्य

state-OD = ओडिशा
state-JH = झारखंड
state-BR = बिहार
state-CG = छत्तीसगढ़
state-WB = पश्चिम बंगाल
state-UP = उत्तर प्रदेश
state-AN = अंडमान और निकोबार द्वीपसमूह
state-AP = आंध्र प्रदेश
state-AR = अरुणाचल प्रदेश
state-AS = असम
state-CH = चंडीगढ़
state-DH = दादरा और नगर हवेली और दमन और दीव
state-DL = दिल्ली
state-GA = गोवा
state-GJ = गुजरात
state-HR = हरियाणा
state-HP = हिमाचल प्रदेश
state-JK = जम्मू और कश्मीर
state-KA = कर्नाटक
state-KL = केरल
state-LA = लद्दाख
state-LD = लक्षद्वीप
state-MP = मध्य प्रदेश
state-MH = महाराष्ट्र
state-MN = मणिपुर
state-ML = मेघालय
state-MZ = मिज़ोरम
state-NL = नागालैंड
state-PY = पुडुचेरी
state-PB = पंजाब
state-RJ = राजस्थान
state-SK = सिक्किम
state-TN = तमिलनाडु
state-TS = तेलंगाना
state-TR = त्रिपुरा
state-UK = उत्तराखंड

# Learning: modules, lessons, tests

nav-modules = सीखें
modules-title = यहाँ क्या-क्या सीखें
modules-intro = 15 मॉड्यूल हैं। हर मॉड्यूल में छोटे-छोटे पाठ हैं, शुरू में एक टेस्ट और आख़िर में एक टेस्ट। जिससे चाहें, उससे शुरू करें।
module-number = मॉड्यूल { $number }
module-lessons = { $n ->
    [one] { $shown } पाठ
   *[other] { $shown } पाठ
}
module-progress = { $total } में से { $done } पाठ पूरे
module-complete = पूरा हुआ
module-complete-long = आपने यह मॉड्यूल पूरा कर लिया। शाबाश!
tracks-title = सीखने के रास्ते
track-progress = { $total } में से { $done } मॉड्यूल पूरे
module-next = अब आगे क्या करें
module-sign-in-to-record = लॉग इन करें, ताकि अकादमी याद रखे कि आपने क्या-क्या कर लिया है।
module-pre-offer = पहले पाठ से पहले एक छोटा टेस्ट देकर देखें। इससे पता चलेगा कि आपको पहले से क्या पता है। जवाब न आएँ, तो कोई बात नहीं।
module-skip-pre = टेस्ट छोड़ें, सीधे पाठ शुरू करें
module-post-ready = आपने सारे पाठ पूरे कर लिए। अब आख़िरी टेस्ट दें, तो मॉड्यूल पूरा हो जाएगा।
module-choose-next = अगला मॉड्यूल चुनें
module-locked = यह मॉड्यूल तब खुलेगा, जब आप ये मॉड्यूल पूरे कर लें:
module-objectives = इसमें क्या सीखने को मिलेगा
module-lessons-title = पाठ
module-tests = टेस्ट
minutes = { $n ->
    [one] { $shown } मिनट
   *[other] { $shown } मिनट
}
pass-mark = पास होने के लिए { $mark }% चाहिए
score-of = { $total } में से { $done }
test-not-taken = अभी नहीं दिया
test-take-now = अभी दें
test-after-lessons = पाठ पूरे होने के बाद

lesson-done = आपने यह पाठ पूरा कर लिया
lesson-finish = मैंने यह पाठ पूरा कर लिया
lesson-check-again = देखें मैंने क्या सीखा
lesson-next = आगे बढ़ें
lesson-next-is = अगला पाठ:
lesson-sign-in = लॉग इन करें, ताकि आपका सीखा हुआ सेव रहे
lesson-fallback = यह पाठ अभी आपकी भाषा में नहीं है, इसलिए यहाँ { $language } में दिया है।
lesson-retired = यह पाठ अब इस मॉड्यूल में नहीं है। आप चाहें, तो इसे अब भी पढ़ें।
listen = सुनें
listen-stop = रोकें
key-points = ज़रूरी बातें
sources = यह जानकारी कहाँ से ली गई
language-en = अंग्रेज़ी
language-hi = हिंदी
language-or = ओड़िया
language-bn = बांग्ला

test-pre-title = शुरू करने से पहले का टेस्ट
test-post-title = आख़िरी टेस्ट
test-check-title = देखें क्या सीखा: { $lesson }
test-pre-intro = इस छोटे टेस्ट से पता चलता है कि आपको अभी क्या पता है। बाद में आख़िरी टेस्ट से पता चलेगा कि आपने कितना सीखा।
test-choose-all = जितने जवाब सही हैं, सब चुनें।
test-submit = मेरे जवाब भेजें
test-answer-all = हर सवाल का जवाब दें। अब तक के आपके जवाब सेव हैं।
test-changed = जब यह टेस्ट आपके फ़ोन पर खुला था, तभी इसे बदला गया। अब नए सवालों के जवाब दें।
test-stale = यह फ़ॉर्म पुराना हो गया है। फिर से जवाब दें।
test-locked = यह मॉड्यूल अभी आपके लिए नहीं खुला है। पहले वे मॉड्यूल पूरे करें, जो इसके लिए ज़रूरी हैं।
test-pre-taken = इस मॉड्यूल का शुरू वाला टेस्ट हो चुका है। अब आगे के पाठ पढ़ें।
test-pre-too-late = शुरू वाला टेस्ट पहले पाठ से पहले ही दिया जाता है। आपने पाठ शुरू कर दिए हैं, इसलिए आगे के पाठ पढ़ें।
test-post-not-yet = आख़िरी टेस्ट तब खुलेगा, जब आप इस मॉड्यूल के सारे पाठ पूरे कर लें।
back-to-module = मॉड्यूल पर वापस जाएँ
answer-true = सही
answer-false = गलत

result-pre = धन्यवाद। अब पाठ शुरू करें। आख़िरी टेस्ट से पता चलेगा कि आपने कितना सीखा।
result-passed = बधाई हो, आप पास हैं!
result-failed = अभी पास होना बाकी है। पाठ फिर से पढ़ें और एक बार फिर कोशिश करें। टेस्ट जितनी बार चाहें, उतनी बार दें।
result-try-again = फिर से कोशिश करें
result-answers = आपके जवाब
result-right = आपने सही चुना
result-wrong = आपने गलत चुना
result-correct-is = सही जवाब:
result-question-removed = यह सवाल अब टेस्ट से हटा दिया गया है।
result-next-lesson = अगला पाठ: { $lesson }
result-next-post = आख़िरी टेस्ट दें
result-next-module = मॉड्यूल पर वापस जाएँ
result-next-revise = पाठ दोबारा देखें
result-next-me = देखें कितना पूरा हुआ

me-continue = जहाँ छोड़ा था, वहीं से आगे बढ़ें
me-start = शुरू करने के लिए एक मॉड्यूल चुनें
me-modules-done = जो मॉड्यूल आपने पूरे किए
me-none-done = अभी तक कोई नहीं।
me-tests = जो टेस्ट आपने दिए
me-no-tests = अभी तक कोई नहीं।
me-certificates = सर्टिफ़िकेट
me-no-certificates = कोई मॉड्यूल पूरा होने पर उसका सर्टिफ़िकेट यहाँ दिखेगा।

# Field work: cohorts, sessions, attendance, paper tests

nav-field = गाँव में सत्र
field-title = आपके बैच और सत्र
field-today = आज
field-upcoming = आने वाले सत्र
field-no-sessions-today = आज कोई सत्र नहीं है।
field-no-sessions = कोई सत्र तय नहीं है।
field-cohorts = आपके बैच
field-no-cohorts = अभी आपका कोई बैच नहीं है। किसी समूह को सिखाना हो, तो उसके लिए एक बैच शुरू करें।
field-missed-two = पिछले दो सत्रों में नहीं आए:
cohort-new-title = नया बैच शुरू करें
cohort-name = बैच का नाम
cohort-organisation = स्वयं सहायता समूह या संगठन (पूरा और सही नाम, ज़रूरी नहीं)
cohort-modules = बैच कौन-से मॉड्यूल सीखेगा
cohort-choose-modules = कम से कम एक मॉड्यूल चुनें।
cohort-facilitators = फैसिलिटेटर
cohort-sessions = सत्र
cohort-completed = { $total } में से { $done } सदस्यों ने पूरा किया
cohort-add-member = सदस्य जोड़ें (सदस्य कोड या मोबाइल नंबर)
cohort-add-as-facilitator = इस बैच के फैसिलिटेटर के रूप में जोड़ें
cohort-member-unknown = इस कोड या मोबाइल नंबर का कोई सदस्य नहीं है। सत्र के दिन उनका नाम "जो आज नए आए" में दर्ज करें।
cohort-not-facilitator = यह सदस्य फैसिलिटेटर नहीं है। एडमिन यह भूमिका दे सकते हैं।
session-new-title = नया सत्र तय करें
session-date = तारीख
session-time = समय
session-place = जगह
session-latitude = GPS अक्षांश, पहला नंबर (ज़रूरी नहीं)
session-longitude = GPS देशांतर, दूसरा नंबर (ज़रूरी नहीं)
session-bad-gps = भारत में किसी GPS जगह के दोनों नंबर लिखें, जैसे 24.47 और 85.60।
session-module = मॉड्यूल
session-lessons = कौन-से पाठ हुए
session-notes = नोट्स
session-attendance = कौन-कौन आया
session-present = { $total } में से { $done } हाज़िर
session-save-attendance = हाज़िरी सेव करें
session-in-future = यह सत्र अभी शुरू नहीं हुआ है। हाज़िरी सत्र के दिन ही लें।
session-not-in-cohort = जिन पर टिक लगाया है, उनमें कोई ऐसा है जो इस बैच का सदस्य नहीं है। उन्हें बैच में जोड़ें, या उनका नाम "जो आज नए आए" में दर्ज करें।
session-paper-tests = कागज़ पर टेस्ट
session-back = सत्र पर वापस जाएँ
walk-in-title = जो आज नए आए, उन्हें जोड़ें
walk-in-add = नाम दर्ज करें और हाज़िरी लगाएँ
walk-in-consent-needed = सदस्य से पूछें, और वे सहमत हों तो टिक करें।
group-test-intro = कागज़ की शीट देखकर हर व्यक्ति का स्कोर लिखें, यानी कितने जवाब सही हैं: 0 से { $max } तक। जिन्होंने टेस्ट नहीं दिया, उनके आगे कुछ न लिखें।
group-test-nobody = पहले हाज़िरी लें: टेस्ट सिर्फ़ हाज़िर लोगों के लिए भरा जाता है।
group-test-save = स्कोर सेव करें
group-test-bad-score = { $name } का स्कोर 0 से { $max } तक का कोई नंबर होना चाहिए। कुछ भी सेव नहीं हुआ।

# Printed pages

roster-print = हाज़िरी की सूची प्रिंट करें (PDF)
roster-number = क्रम
roster-present = हाज़िर
roster-signature = फैसिलिटेटर के हस्ताक्षर:
sheet-print = जवाब की शीट (PDF)
sheet-how = हर सवाल के खाने में चुने गए जवाब का अक्षर लिखें (a, b, c, d)। सही-गलत वाले सवाल में: सही हो तो T, गलत हो तो F लिखें।
sheet-score = स्कोर

# Member cards and PINs

card-title = सदस्य कार्ड
card-how = कोड स्कैन करें या सदस्य कोड लिखें, फिर 4 अंकों का पिन डालें।
card-print = कार्ड प्रिंट करें
card-reissue-why = कार्ड खो गया? नए कार्ड पर नया QR कोड होगा, और पुराना कार्ड काम नहीं करेगा।
card-reissue = नया कार्ड बनाएँ
card-replaced = इस कार्ड की जगह नया कार्ड बन गया है। अपना नया कार्ड अपने फैसिलिटेटर से लें।
card-sign-in-title = सदस्य कार्ड से लॉग इन करें
card-use-password = पासवर्ड से लॉग इन करें
pin-title = लॉग इन के लिए पिन
pin-is-set = पिन बना हुआ है।
pin-not-set = अभी कोई पिन नहीं है: सदस्य के साथ मिलकर पिन बनाएँ।
pin-is-locked = बहुत बार गलत पिन डालने से कार्ड लॉक हो गया है। इसे फिर से खोलने के लिए नया पिन बनाएँ।
pin-new = नया पिन (4 अंक)
pin-again = वही पिन दोबारा
pin-save = पिन सेव करें
pin-four-digits = पिन में ठीक 4 अंक होने चाहिए।
pin-differ = दोनों पिन एक जैसे नहीं हैं।
pin-enter = पिन (4 अंक)
pin-failed = यह सदस्य कोड और पिन मेल नहीं खाते।
pin-locked = बहुत बार गलत पिन डाला गया, इसलिए यह कार्ड लॉक हो गया है। आपके फैसिलिटेटर नया पिन बना सकते हैं।
pin-wait = यहाँ से बहुत बार गलत कोशिश हुई। थोड़ी देर रुककर फिर से कोशिश करें।

# Spreadsheets for paper records

csv-attendance = हाज़िरी की स्प्रेडशीट (CSV)
csv-results = स्कोर की स्प्रेडशीट (CSV)
upload-title = भरी हुई स्प्रेडशीट भेजें
upload-send = भेजें
upload-nothing-saved = कुछ भी सेव नहीं हुआ। इन पंक्तियों को ठीक करें और फ़ाइल दोबारा भेजें।
group-test-answers = जवाब एक-एक करके भरें

# Reports

nav-reports = रिपोर्ट
report-title = कौन क्या सीख रहा है
report-definitions = हर आँकड़े का मतलब
report-women-this-quarter = झारखंड की महिलाएँ, स्वास्थ्य और सुरक्षा, इस तिमाही
report-age = उम्र
report-period = अवधि
report-period-hint = एक साल (2026), एक तिमाही (2026-Q3) या एक महीना (2026-11)। शुरू से अब तक के सारे समय के लिए खाली छोड़ें।
report-by = पंक्तियाँ किसके हिसाब से
report-members = सदस्य
report-women = महिलाएँ
report-active-30 = पिछले 30 दिनों में सक्रिय
report-active-90 = पिछले 90 दिनों में सक्रिय
report-lessons = पूरे हुए पाठ
report-modules = पूरे हुए मॉड्यूल
report-sessions = समूह सत्र हुए
report-average-attendance = औसत हाज़िरी
report-attended = सत्रों में हाज़िरी
report-table = हर वर्ग के आँकड़े
report-group = वर्ग
report-not-stated = नहीं बताया
report-download-csv = स्प्रेडशीट के रूप में डाउनलोड करें (CSV)
report-gain-title = हर मॉड्यूल में ज्ञान में बढ़त
report-gain-hint = जिन सदस्यों ने दोनों टेस्ट दिए: मॉड्यूल से पहले दिए उनके पहले टेस्ट का स्कोर और आख़िरी टेस्ट में उनका सबसे अच्छा स्कोर, प्रतिशत में।
report-no-gain = अभी तक किसी सदस्य ने दोनों टेस्ट नहीं दिए हैं।
report-module = मॉड्यूल
report-took-both = दोनों टेस्ट दिए
report-pre = पहले
report-post = बाद में
report-gain = बढ़त
report-women-took-both = दोनों टेस्ट देने वाली महिलाएँ
report-women-gain = महिलाओं की बढ़त
report-by-month = पूरे हुए मॉड्यूल, महीने के हिसाब से
indicator-members = दर्ज सदस्य
indicator-members-how = वे सदस्य जो अवधि में अकादमी से जुड़े और चुने गए फ़िल्टर से मेल खाते हैं; अवधि न चुनी हो, तो सदस्य रजिस्टर में दर्ज हर व्यक्ति।
indicator-women = महिलाओं का हिस्सा
indicator-women-how = जिन सदस्यों का लिंग "महिला" दर्ज है, उनकी संख्या को उन्हीं पंक्तियों के सभी सदस्यों की संख्या से भाग दिया जाता है।
indicator-active = सक्रिय सीखने वाले (30 और 90 दिन)
indicator-active-how = वे सदस्य जिनका आज से पहले के पिछले 30 या 90 दिनों में सीखने का कम से कम एक रिकॉर्ड है (कोई पाठ खोला या पूरा किया, कोई टेस्ट, कोई हाज़िरी)। महीने, तिमाही या साल वाली पंक्तियों में यहाँ — का निशान दिखता है।
indicator-lessons = पूरे हुए पाठ
indicator-lessons-how = वे पाठ जो अवधि में पूरे दर्ज हुए, ऑनलाइन या समूह सत्र में; एक सदस्य का एक पाठ एक ही बार गिना जाता है।
indicator-modules = पूरे हुए मॉड्यूल
indicator-modules-how = वे मॉड्यूल जिनके सारे पाठ पूरे हुए और जिनका आख़िरी टेस्ट पास हुआ; हर मॉड्यूल उसी अवधि में गिना जाता है जिसमें वह पूरा हुआ।
indicator-sessions = समूह सत्र जो हुए
indicator-sessions-how = वे सत्र जिनकी हाज़िरी अवधि में ली गई, उन बैचों में जो जगह के फ़िल्टर से मेल खाते हैं।
indicator-attendance = हाज़िरी और औसत हाज़िरी
indicator-attendance-how = किसी सत्र में हाज़िर दर्ज हर व्यक्ति एक हाज़िरी है। औसत का मतलब है: कुल हाज़िरी को हुए सत्रों की संख्या से भाग देना।
indicator-gain = ज्ञान में बढ़त
indicator-gain-how = हर मॉड्यूल के लिए, जिन सदस्यों ने दोनों टेस्ट दिए: आख़िरी टेस्ट में उनके सबसे अच्छे स्कोर के औसत में से मॉड्यूल से पहले दिए उनके पहले टेस्ट के स्कोर का औसत घटाकर, प्रतिशत अंकों में, साथ में n, यानी कितने सदस्य गिने गए। हर सदस्य को उस महीने में गिना जाता है, जिसमें उन्होंने पहली बार आख़िरी टेस्ट दिया। औसत निकालने से पहले हर स्कोर को प्रतिशत में दशमलव के बाद दो अंकों तक राउंड किया जाता है।
indicator-small = छोटी संख्याएँ
indicator-small-how = डाउनलोड की गई तालिकाओं में, जहाँ 5 से कम लोग हों, वहाँ "< 5" दिखाया जाता है, ताकि किसी एक व्यक्ति को पहचाना न जा सके।
report-shared-note = इस समूह के सदस्यों के आँकड़े। 5 से कम लोग हों तो "< 5" दिखाया जाता है।
report-for-group = इस समूह की रिपोर्ट
report-download-xlsx = वर्कबुक के रूप में डाउनलोड करें (XLSX)
donor-title = परिणाम ढाँचे की तालिका
donor-hint = अनुदान देने वालों के लिए मानक संकेतक: सबके लिए, महिलाओं और पुरुषों के लिए, और अकादमी के हर राज्य की महिलाओं के लिए। 5 से कम लोग हों तो "< 5" दिखाया जाता है; अगर ज्ञान में बढ़त 5 से कम लोगों पर आधारित हो, तो उसकी जगह खाली छोड़ी जाती है।
donor-indicator = संकेतक
donor-members = सदस्य के रूप में दर्ज लोग
donor-active = पिछले 90 दिनों में सीखने वाले लोग
donor-modules = पूरे हुए मॉड्यूल
donor-attendances = समूह सत्रों में हाज़िरी
donor-trained = { $module } में प्रशिक्षित लोग (मॉड्यूल पूरा किया)
donor-gain = ज्ञान में बढ़त (प्रतिशत अंक, आख़िरी टेस्ट में से पहला टेस्ट घटाकर)

# Certificates

certificate-heading = पूरा करने का प्रमाण-पत्र
certificate-this-is = यह प्रमाणित किया जाता है कि
certificate-completed = ने यह मॉड्यूल पूरा किया है
certificate-date = तारीख़
certificate-print = प्रिंट करें (PDF)
certificate-check = ऑनलाइन जाँचें
certificate-revoke = रद्द करें
certificate-revoke-reason = रद्द करने का कारण
certificate-reason-needed = प्रमाण-पत्र रद्द करने का कारण लिखें।
verify-title = प्रमाण-पत्र की जाँच
verify-valid = यह प्रमाण-पत्र सही और मान्य है।
verify-revoked = यह प्रमाण-पत्र रद्द कर दिया गया है।
verify-achievement = पूरा किया
report-certificates = जारी प्रमाण-पत्र
donor-certificates = जारी किए गए प्रमाण-पत्र
indicator-certificates = जारी किए गए प्रमाण-पत्र
indicator-certificates-how = इस अवधि में पूरे किए गए मॉड्यूल के लिए दिए गए प्रमाण-पत्र; रद्द किए गए प्रमाण-पत्र नहीं गिने जाते।
indicator-age = उम्र वर्ग
indicator-age-how = उम्र सालों में, जन्म के साल से गिनी जाती है: सदस्यों के लिए उस साल तक जिसमें वे जुड़े, सक्रिय सीखने वालों के लिए इस साल तक। जिन सदस्यों का जन्म का साल दर्ज नहीं है, उन्हें "नहीं बताया" में गिना जाता है।
report-bad-filter = { $field }: "{ $value }" समझ में नहीं आया, इसलिए रिपोर्ट में इसे नहीं लिया गया।
report-organisation = संगठन (उसका नाम)
report-cohort = बैच
report-by-month-rows = महीना
report-by-quarter-rows = तिमाही
report-by-year-rows = साल
report-members-table = हर सदस्य की एक पंक्ति
report-last-active = आख़िरी बार सक्रिय
cohort-issue-title = इस बैच के लिए प्रमाण-पत्र जारी करें
cohort-issue-hint = उन सदस्यों के लिए जिन्होंने साथ मिलकर सीखा और टेस्ट कागज़ पर दिए। हर प्रमाण-पत्र पर बाक़ी प्रमाण-पत्रों की तरह ही हस्ताक्षर होता है, और आपका नोट ऑडिट रिकॉर्ड में रखा जाता है।
cohort-issue-note = क्यों (यह ऑडिट रिकॉर्ड में रखा जाएगा)
cohort-issue-button = प्रमाण-पत्र जारी करें
cohort-issue-module-needed = बैच के मॉड्यूल में से एक चुनें।
cohort-issue-members-needed = कम से कम एक सदस्य पर टिक लगाएँ।
cohort-issue-note-needed = लिखें कि ये प्रमाण-पत्र हाथ से क्यों जारी किए जा रहे हैं।
audit-title = ऑडिट रिकॉर्ड
audit-when = कब
audit-who = किसने
audit-what = क्या किया
audit-subject = किस पर
audit-detail = कारण या नोट
audit-action-certificate-issue = प्रमाण-पत्र हाथ से जारी किया गया
audit-action-certificate-revoke = प्रमाण-पत्र रद्द किया गया
audit-empty = अभी तक कुछ भी दर्ज नहीं हुआ है।
certificate-credential = हस्ताक्षर वाला प्रमाण-पत्र डाउनलोड करें (Open Badges 3.0, JSON)
certificate-credential-hint = यह ऐसी फ़ाइल है जिसे बैंक, नौकरी देने वाला या डिजिटल वॉलेट ख़ुद जाँच सकता है: इस पर अकादमी के हस्ताक्षर हैं, और अकादमी की सार्वजनिक कुंजियाँ /.well-known/did.json पर हैं।
certificate-picture = फ़ोन के लिए तस्वीर
check-offline-ok = QR कोड का हस्ताक्षर सही है: यह प्रमाण-पत्र ASM लर्निंग अकादमी ने ही जारी किया है।
check-offline-bad = QR कोड का हस्ताक्षर सही नहीं है। इस कागज़ पर भरोसा न करें; इसे ऑनलाइन जाँचें।
check-offline-note = यह जाँच इसी फ़ोन पर, बिना इंटरनेट के हुई है। बाद में यह प्रमाण-पत्र रद्द किया गया या नहीं, यह सिर्फ़ ऑनलाइन पता चलता है।
check-offline-intro = इस फ़ोन से प्रमाण-पत्र का QR कोड स्कैन करें: यह पेज एक बार खुल जाने के बाद इंटरनेट के बिना भी प्रमाण-पत्र जाँच लेता है।

## Sync with field nodes
sync-title = सिंक और फ़ील्ड लैपटॉप
sync-nodes = इस अकादमी के फ़ील्ड लैपटॉप
sync-no-nodes = अभी तक कोई फ़ील्ड लैपटॉप नहीं जोड़ा गया है।
sync-node-name = नाम
sync-node-scope = ज़िले और बैच
sync-node-seen = आख़िरी सिंक
sync-node-revoked = रद्द कर दिया गया
sync-node-revoke = रद्द करें
sync-node-new = फ़ील्ड लैपटॉप जोड़ें
sync-node-districts = ज़िले (हर नाम के बीच कॉमा लगाएँ)
sync-node-cohorts = बैच आईडी (हर आईडी के बीच कॉमा लगाएँ)
sync-node-scope-hint = इस लैपटॉप पर इन ज़िलों और बैचों के सदस्य आएँगे, और पूरा स्टाफ़ भी।
sync-node-register = जोड़ें
sync-node-needs = एक नाम डालें, और कम से कम एक ज़िला या बैच।
sync-bad-cohort = { $cohort } आईडी वाला कोई बैच नहीं है।
sync-token-once = यह टोकन अभी कॉपी कर लें। यह सिर्फ़ एक बार दिखेगा।
sync-token-how = लैपटॉप पर यह पेज खोलें और इस अकादमी का पता और टोकन डालें, या यह चलाएँ: academy sync --remote ADDRESS --token TOKEN
sync-as-node = फ़ील्ड लैपटॉप के तौर पर यह अकादमी
sync-not-node = यह अकादमी किसी मुख्य अकादमी से सिंक नहीं होती।
sync-remote = मुख्य अकादमी का पता
sync-token = टोकन
sync-set-peer = सेव करें और सिंक करें
sync-last = आख़िरी सिंक
sync-never = कभी नहीं
sync-last-error = आख़िरी दिक्कत
sync-now = अभी सिंक करें
sync-done = सिंक हो गया: { $sent } बदलाव भेजे गए, { $received } मिले।
sync-duplicates = शायद एक ही व्यक्ति
sync-no-duplicates = कोई भी रिकॉर्ड एक ही व्यक्ति का नहीं लगता।
sync-duplicates-hint = ये रिकॉर्ड अलग-अलग जगह बने हैं। दोनों खोलें और सदस्य से पूछकर पक्का करें।
sync-duplicate-phone = एक ही मोबाइल नंबर
sync-duplicate-name = एक ही नाम, जन्म का साल और गाँव

## Learning offline on the phone
offline-waiting = { $n } जवाब इस फ़ोन में रखे हैं। फ़ोन में नेटवर्क आने पर ये भेज दिए जाएँगे।
offline-saved-answers = नेटवर्क नहीं है: आपके जवाब इस फ़ोन में रखे हैं। फ़ोन में नेटवर्क आने पर ये भेज दिए जाएँगे।
offline-sent = इस फ़ोन में रखे आपके जवाब भेज दिए गए हैं।
offline-sign-in = इस फ़ोन में रखे जवाब भेजने के लिए फिर से लॉग इन करें।
offline-failed = इस फ़ोन में रखे जवाब अभी नहीं भेजे जा सके। इन्हें फिर से भेजने की कोशिश होगी।
offline-save-module = यह मॉड्यूल फ़ोन में सेव करें ({ $size } MB)
offline-saving = सेव हो रहा है…
offline-saved-module = इस फ़ोन में सेव है
offline-title = नेटवर्क नहीं है
offline-not-kept = यह पेज इस फ़ोन में सेव नहीं है। जो पेज आपने पहले खोले थे, और जो मॉड्यूल आपने सेव किए थे, वे अब भी खुलेंगे।
offline-how = बिना नेटवर्क के सीखने के लिए, जब नेटवर्क हो तब कोई मॉड्यूल खोलें और "यह मॉड्यूल फ़ोन में सेव करें" दबाएँ।

## Merging people registered twice
sync-merge-into = एक ही व्यक्ति: { $name } को रखें
sync-keep-apart = दो अलग-अलग लोग
audit-action-member-merge = एक ही व्यक्ति के दो रिकॉर्ड मिलाए गए
audit-action-member-keep-apart = दो रिकॉर्ड अलग रखे गए
audit-action-node-register = फ़ील्ड लैपटॉप जोड़ा गया
audit-action-node-revoke = फ़ील्ड लैपटॉप रद्द किया गया

## Knowledge exchange: forums, questions to experts, moderation, notices, search, library, mentoring

role-expert = एक्सपर्ट
role-moderator = फ़ोरम मॉडरेटर
nav-forums = फ़ोरम
nav-notices = ख़बरें
forums-title = फ़ोरम
forums-intro = खदान में काम करने वालों, लीडरों, एक्सपर्ट और फैसिलिटेटर से सवाल पूछें, जवाब दें और जो आप जानते हैं, वह सबको बताएँ।
forums-general = सबके लिए
forums-modules = हर मॉड्यूल का अपना फ़ोरम
forum-name-general = किसी भी बात पर बातचीत
forum-name-women = महिला मंडल
forum-name-markets = बिक्री, दाम और काम-धंधा
forum-women-only = सिर्फ़ महिलाओं के लिए
forum-women-only-about = यह फ़ोरम सिर्फ़ महिला सदस्य और मॉडरेटर देख सकते हैं।
forum-threads = { $n ->
    [one] { $shown } बातचीत
   *[other] { $shown } बातचीत
}
forum-unread = { $n ->
    [one] { $shown } नई
   *[other] { $shown } नई
}
forum-replies = { $n ->
    [one] { $shown } जवाब
   *[other] { $shown } जवाब
}
forum-reports = { $n ->
    [one] { $shown } शिकायत
   *[other] { $shown } शिकायतें
}
forum-empty = यहाँ अभी कुछ नहीं है। सबसे पहले आप पूछें।
forum-new = नया
forum-ask = कुछ पूछें या बताएँ
forum-module-lessons = इस मॉड्यूल के पाठ
forum-question = सवाल
forum-answered = जवाब मिल गया
forum-waiting-answer = जवाब का इंतज़ार है
forum-accepted = सबसे अच्छा जवाब
forum-expert = एक्सपर्ट
forum-anonymous = गुमनाम सदस्य
forum-status-held = मॉडरेटर के देखने तक रुकी है
forum-status-hidden = मॉडरेटर ने छिपा दी है
forum-title-field = आपका सवाल या विषय, कुछ शब्दों में
forum-body-field = आप क्या कहना चाहते हैं?
forum-body-hint = किसी भी भाषा में लिखें। किसी की लिखी बात दोहराने के लिए लाइन की शुरुआत में > लिखें। किसी पाठ के बारे में बताने के लिए उसका पता (लिंक) पेस्ट करें। किसी को बुलाने के लिए @ और उनका सदस्य कोड लिखें।
forum-image-field = एक फ़ोटो (ज़रूरी नहीं)
forum-image-alt = { $name } की भेजी हुई फ़ोटो
forum-is-question = यह एक्सपर्ट के लिए सवाल है
forum-anonymous-field = मेरा नाम दिखाए बिना पूछें
forum-anonymous-hint = आपका नाम कोई नहीं देखेगा, मॉडरेटर भी नहीं। सिर्फ़ किसी गंभीर वजह से, जैसे अदालत का आदेश हो, एडमिन नाम मॉडरेटर को दिखा सकता है, और यह बात लिखकर रखी जाती है। जवाब आपको फिर भी मिलेंगे।
forum-post = भेजें
forum-reply = आपका जवाब
forum-quote = इस पर जवाब दें
forum-report = मॉडरेटर से शिकायत करें
forum-report-why = इस पोस्ट में क्या गलत है?
forum-report-done = धन्यवाद। मॉडरेटर इसे देखेंगे।
forum-back-to-thread = बातचीत पर वापस जाएँ
forum-accept = इस जवाब से मेरी मदद हुई
forum-held-notice = धन्यवाद। मॉडरेटर के पढ़ लेने के बाद आपकी पोस्ट सबको दिखेगी।
forum-muted = अभी आप फ़ोरम में नहीं लिख सकते। एक मॉडरेटर ने आपकी पोस्ट पर कुछ समय के लिए रोक लगाई है।
forum-reveal = मॉडरेटर को नाम दिखाएँ
forum-reveal-reason = नाम दिखाना क्यों ज़रूरी है? यह ऑडिट रिकॉर्ड में लिखा जाएगा।
upload-too-large = यह फ़ाइल बहुत बड़ी है। छोटी फ़ाइल भेजें।
upload-not-picture = यह फ़ोटो नहीं है। JPG, PNG या WebP फ़ोटो भेजें।
questions-title = जिन सवालों पर एक्सपर्ट का जवाब बाकी है
questions-intro = इन सवालों का अभी तक किसी एक्सपर्ट ने जवाब नहीं दिया है। सबसे पुराने सवाल सबसे ऊपर हैं।
moderation-title = फ़ोरम की देखरेख
moderation-queue = जाँचने के लिए पोस्ट
moderation-nothing = जाँचने को कुछ नहीं है। धन्यवाद।
moderation-reason = कारण
moderation-hide = छिपाएँ
moderation-restore = फिर से दिखाएँ
moderation-approve = दिखने दें
moderation-keep = रहने दें
moderation-mutes = जिन सदस्यों पर रोक है
moderation-no-mutes = किसी पर रोक नहीं है।
moderation-member-code = सदस्य कोड
moderation-days = कितने दिनों के लिए? (खाली छोड़ें, तो तब तक जब तक कोई रोक न हटाए)
moderation-mute = इस सदस्य की पोस्ट पर रोक लगाएँ
moderation-unmute = रोक हटाएँ
moderation-until-lifted = रोक हटने तक
moderation-settings = सेटिंग
moderation-hold-first = हर नए सदस्य की पहली पोस्ट तब तक रोककर रखें, जब तक कोई मॉडरेटर उसे पढ़ न ले
moderation-no-such-member = इस कोड का कोई सदस्य नहीं है।
moderation-bad-days = 1 से 3650 तक दिनों की संख्या लिखें, या खाली छोड़ दें।
moderation-reason-needed = कृपया कारण लिखें।
notices-title = आपके लिए ख़बरें
notices-empty = अभी आपके लिए कुछ नया नहीं है।
notice-reply = { $who } ने “{ $title }” पर जवाब दिया
notice-answer = { $who } ने आपके सवाल “{ $title }” का जवाब दिया
notice-accepted = “{ $title }” पर आपके जवाब को सबसे अच्छा जवाब चुना गया
notice-mention = { $who } ने “{ $title }” में आपको बुलाया
notice-message = { $who } ने नया मैसेज भेजा
search-title = खोजें
search-label = पाठ, फ़ोरम और लाइब्रेरी में खोजें
search-placeholder = खोजें
search-button = खोजें
search-hint = अंग्रेज़ी, हिंदी, ओड़िया या बांग्ला में एक या ज़्यादा शब्द लिखें।
search-found = { $n ->
    [one] नतीजे: { $shown }
   *[other] नतीजे: { $shown }
}
search-in-all = सब कुछ
search-in-lessons = पाठ
search-in-posts = फ़ोरम
search-in-library = लाइब्रेरी
search-kind-lesson = पाठ
search-kind-post = फ़ोरम
search-kind-resource = लाइब्रेरी
search-sign-in-for-posts = फ़ोरम में भी खोजने के लिए लॉग इन करें।
library-title = लाइब्रेरी
library-intro = पोस्टर, गाइड, फ़ॉर्म और रिकॉर्डिंग: इनसे सीखें और दूसरों को भी दें।
library-add = फ़ाइल जोड़ें
library-any = सभी
library-module = मॉड्यूल
library-no-module = कोई मॉड्यूल नहीं
library-language = भाषा
library-empty = यहाँ अभी कोई फ़ाइल नहीं है।
library-file = फ़ाइल
library-file-hint = PDF फ़ाइल, फ़ोटो (JPG, PNG, WebP) या रिकॉर्डिंग (MP3, M4A, Ogg, AMR, WAV)। ज़्यादा से ज़्यादा 10 MB, फ़ोटो ज़्यादा से ज़्यादा 3 MB।
library-file-needed = एक फ़ाइल चुनें।
library-file-kind = अकादमी इस तरह की फ़ाइल नहीं ले सकती। PDF, फ़ोटो या रिकॉर्डिंग भेजें।
library-title-field = नाम
library-description = इसमें क्या है? (ज़रूरी नहीं)
library-upload = लाइब्रेरी में जोड़ें
library-download = खोलें या डाउनलोड करें
library-by = { $name } ने { $when } को जोड़ा
library-hidden = यह फ़ाइल छिपी हुई है। इसे सिर्फ़ मैनेजर और मॉडरेटर देख सकते हैं।
library-hide = यह फ़ाइल छिपाएँ
library-restore = यह फ़ाइल फिर से दिखाएँ
library-kind-document = दस्तावेज़
library-kind-image = फ़ोटो
library-kind-audio = रिकॉर्डिंग
mentoring-title = सीखने में साथी
mentoring-intro = एक अनुभवी सदस्य किसी नए सदस्य का साथ देते हैं: सवालों में, सलाह से, हिम्मत बढ़ाकर।
mentoring-none = अभी आपके साथ कोई अनुभवी साथी या नया सदस्य नहीं जुड़ा है। अपने फैसिलिटेटर या मैनेजर से पूछें।
mentoring-all = सभी जोड़ियाँ
mentoring-new = जोड़ी बनाएँ
mentoring-mentor-code = अनुभवी साथी का सदस्य कोड
mentoring-mentee-code = नए सदस्य का सदस्य कोड
mentoring-pair = इनकी जोड़ी बनाएँ
mentoring-already = इन दोनों की जोड़ी पहले से है, या दोनों एक ही व्यक्ति हैं।
mentoring-end = यह जोड़ी ख़त्म करें
mentoring-pair-mentor = अनुभवी साथी: { $name }
mentoring-pair-mentee = साथ में: { $name }
mentoring-you-mentor = आप अनुभवी साथी हैं
mentoring-you-mentee = ये आपके अनुभवी साथी हैं
mentoring-private = इसे सिर्फ़ आप दोनों पढ़ सकते हैं।
mentoring-progress = पूरे हुए मॉड्यूल
mentoring-not-shared = किसने कितना सीखा, यह तब दिखेगा जब आप दोनों हाँ कहेंगे।
mentoring-waiting-other = आपने हाँ कह दिया है। दूसरे साथी की हाँ का इंतज़ार है।
mentoring-share = मैंने कितना सीखा, यह दिखाएँ
mentoring-stop-sharing = मैंने कितना सीखा, यह दिखाना बंद करें
mentoring-messages = मैसेज
mentoring-no-messages = अभी कोई मैसेज नहीं है। नमस्ते कहें।
mentoring-write = आपका मैसेज
mentoring-send = भेजें
audit-action-forum-hide = फ़ोरम की पोस्ट छिपाई गई
audit-action-forum-restore = फ़ोरम की पोस्ट फिर से दिखाई गई
audit-action-forum-approve = रुकी हुई पोस्ट को दिखने दिया गया
audit-action-forum-accept = किसी और की जगह सबसे अच्छा जवाब चुना गया
audit-action-forum-mute = सदस्य की पोस्ट पर रोक लगाई गई
audit-action-forum-unmute = रोक हटाई गई
audit-action-forum-reveal = नाम छिपाकर सवाल पूछने वाले का नाम दिखाया गया
audit-action-library-hide = लाइब्रेरी की फ़ाइल छिपाई गई
audit-action-library-restore = लाइब्रेरी की फ़ाइल फिर से दिखाई गई
audit-action-mentor-pair = अनुभवी साथी की जोड़ी बनाई गई
audit-action-mentor-end = अनुभवी साथी की जोड़ी ख़त्म की गई
audit-action-forum-settings = फ़ोरम की सेटिंग बदली गई
search-found-many = { $shown } से ज़्यादा नतीजे, नए पहले। कम नतीजों के लिए एक और शब्द जोड़ें।

## The JSON API's tokens
api-title = API टोकन
api-intro = साथी संस्थाओं के प्रोग्राम अकादमी की JSON API से जानकारी पढ़ते हैं, एक निजी टोकन के साथ। टोकन एक सदस्य की ओर से काम करता है और उस सदस्य से ज़्यादा कुछ नहीं कर सकता; उसके स्कोप उसे और सीमित करते हैं। API का पूरा ब्योरा यहाँ है:
api-token-once = नया टोकन नीचे है। इसे अभी कॉपी कर लें: यह सिर्फ़ एक बार दिखेगा।
api-name = नाम
api-member = किसके लिए
api-member-code = जिस सदस्य की ओर से टोकन काम करेगा, उसका सदस्य कोड
api-scopes = स्कोप
api-created = कब बना
api-last-used = आख़िरी बार इस्तेमाल
api-revoked = रद्द
api-revoke = रद्द करें
api-new = टोकन बनाएँ
api-create = टोकन बनाएँ
api-choose-scope = कम से कम एक स्कोप चुनें।
audit-action-api-token-create = API टोकन बनाया गया
audit-action-api-token-revoke = API टोकन रद्द किया गया
lrs-title = लर्निंग रिकॉर्ड स्टोर (xAPI)
lrs-intro = बाहर की ई-लर्निंग सामग्री अकादमी के xAPI 1.0.3 लर्निंग रिकॉर्ड स्टोर में बताती है कि सीखने वालों ने क्या किया, हर साथी संस्था की अपनी की और सीक्रेट के साथ। किसी सदस्य और अकादमी के किसी पाठ या टेस्ट के बारे में आए रिकॉर्ड उसकी प्रगति में गिने जाते हैं। पता:
lrs-partner = साथी संस्था
lrs-key = की
lrs-secret = सीक्रेट
lrs-create = की और सीक्रेट बनाएँ
audit-action-xapi-credential-create = xAPI की बनाई गई
audit-action-xapi-credential-revoke = xAPI की रद्द की गई
audit-export = पूरा लेखा-जोखा डाउनलोड करें (CSV)

privacy-link = आपकी जानकारी और आपके अधिकार
privacy-contact-default = आपके फैसिलिटेटर, या अकादमी का दफ़्तर
privacy-years = { $shown } साल
my-data-title = मेरी जानकारी
my-data-intro = अकादमी आपके बारे में जो कुछ रखती है, सब यहाँ है। इसे सिर्फ़ आप और आपकी पढ़ाई चलाने वाले लोग देखते हैं।
my-data-download = सब डाउनलोड करें (JSON फ़ाइल)
my-data-rows = { $shown } रिकॉर्ड
my-data-erase-title = मेरी जानकारी मिटाएँ
my-data-erase-text = आपका नाम, फ़ोन, गाँव और लॉग-इन हमेशा के लिए हट जाएँगे। आपकी पढ़ाई सिर्फ़ रिपोर्ट की गिनती में रहेगी, बिना नाम के। फ़ोरम में आपकी बातें रहेंगी, बिना नाम के। यह वापस नहीं हो सकता।
my-data-erase-confirm = हाँ, मेरी जानकारी मिटा दें
my-data-erase-button = अभी मिटाएँ
my-data-erased = आपकी जानकारी मिटा दी गई है। हमारे साथ सीखने के लिए धन्यवाद।
my-data-consent = आपने { $date } को सहमति दी, { $by } ने दर्ज की।
my-data-no-consent = कोई सहमति दर्ज नहीं है।
my-data-table-memberships = आपके संगठन
my-data-table-statements = पढ़ाई के रिकॉर्ड
my-data-table-lesson-progress = खोले और पूरे किए पाठ
my-data-table-module-progress = शुरू किए मॉड्यूल
my-data-table-test-results = टेस्ट के नतीजे
my-data-table-cohort-members = सीखने के समूह
my-data-table-session-attendance = समूह बैठकों में हाज़िरी
my-data-table-certificates = प्रमाणपत्र
my-data-table-forum-threads = आपके शुरू किए फ़ोरम विषय
my-data-table-forum-posts = फ़ोरम में लिखी बातें
my-data-table-forum-reports = आपकी शिकायत की गई पोस्ट
my-data-table-notices = आपके लिए सूचनाएँ
my-data-table-mentor-pairs = अनुभवी साथी की जोड़ी
my-data-table-mentor-messages = साथी को भेजे संदेश
my-data-table-api-tokens = आपके नाम के API टोकन
my-data-withdrawn = आपकी सहमति वापस ले ली गई है। अब आपकी जानकारी काम में नहीं ली जाएगी, और आपकी पढ़ाई रिपोर्ट में नहीं गिनी जाएगी। जानकारी भी हटानी हो तो नीचे मिटा दें।
my-data-withdraw-text = आप कभी भी अपनी सहमति वापस ले सकती हैं। फिर आपकी जानकारी काम में नहीं ली जाएगी, और आपकी पढ़ाई रिपोर्ट में नहीं गिनी जाएगी।
my-data-withdraw-button = मेरी सहमति वापस लें
my-data-table-consents = आपकी सहमति
audit-action-member-create = सदस्य दर्ज किया
audit-action-member-update = सदस्य की जानकारी बदली
audit-action-member-roles = सदस्य की भूमिकाएँ बदलीं
audit-action-member-erase = सदस्य के कहने पर उसकी जानकारी मिटाई
audit-action-consent-withdraw = सदस्य ने अपनी सहमति वापस ली
