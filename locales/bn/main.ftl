# The academy's interface in Bengali. Keys are shared by en, hi and or; keep the files in step.

academy-name = ASM লার্নিং অ্যাকাডেমি
language = ভাষা
nav-label = প্রধান মেনু
nav-home = হোম
nav-me = আমার পাতা
nav-members = সদস্য
nav-organisations = সংগঠন
nav-sign-in = লগ ইন
nav-sign-out = লগ আউট
footer = ASM লার্নিং অ্যাকাডেমি: ছোট খনি আর হাতে খনির কাজ করা মানুষদের জন্য শেখার জায়গা, সবার আগে খনিতে কাজ করা মহিলাদের জন্য।
go-home = হোম পাতায় যান
all = সব
choose = বেছে নিন…
other-states = অন্য রাজ্য ও কেন্দ্রশাসিত অঞ্চল
saved = সেভ হয়েছে।
form-has-errors = কয়েকটা উত্তর বদলাতে হবে। নিচে লাল লেখাগুলো দেখুন।

home-title = শিখুন, নিরাপদে থাকুন, একসাথে এগিয়ে চলুন
home-intro = ছোট খনি আর পাথর খাদানে যাঁরা কাজ করেন, ASM লার্নিং অ্যাকাডেমি তাঁদের শেখায়: স্বাস্থ্য আর সুরক্ষা, টাকাপয়সা, অধিকার, নেতৃত্ব আরও অনেক কিছু, ১৫টা ছোট পাঠে।
home-women = এখানে খনিতে কাজ করা মহিলারা সবার আগে। নিজের ফোনে নিজে শিখুন, বা নিজের দল আর সহায়কের সঙ্গে শিখুন।
home-no-email = ই-মেল লাগবে না: মোবাইল নম্বর বা সদস্য কোড দিয়ে লগ ইন করুন।
home-welcome-back = স্বাগতম, { $name }

sign-in-title = লগ ইন
sign-in-login = মোবাইল নম্বর বা সদস্য কোড
sign-in-login-hint = যেমন 98765 43210 বা JH-0001234
sign-in-password = পাসওয়ার্ড
sign-in-help = পাসওয়ার্ড মনে নেই? আপনার সহায়ক বা দলনেত্রীকে বলুন, উনি নতুন পাসওয়ার্ড করে দেবেন।
sign-in-failed = মোবাইল নম্বর বা সদস্য কোডের সঙ্গে পাসওয়ার্ড মিলছে না। আবার চেষ্টা করুন।
sign-in-wait = অনেকবার ভুল হয়েছে। { $minutes ->
    [one] { $shown } মিনিট
   *[other] { $shown } মিনিট
} পরে আবার চেষ্টা করুন।

me-roles = এখানে আপনার কাজ
me-code-hint = আপনার সদস্য কোড আপনার কার্ডে লেখা আছে। এটা দিয়েও লগ ইন করা যায়।
member-organisations = দল ও সংগঠন
member-no-organisations = এখনও কোনো দলে নেই।
password-title = পাসওয়ার্ড বদলান
password-current = পুরনো পাসওয়ার্ড
password-new = নতুন পাসওয়ার্ড
password-hint = অন্তত ৮টা অক্ষর বা সংখ্যা। মনে থাকে এমন একটা ছোট বাক্য হলে ভালো।
password-save = নতুন পাসওয়ার্ড সেভ করুন
password-saved = আপনার নতুন পাসওয়ার্ড সেভ হয়েছে।
password-current-wrong = পুরনো পাসওয়ার্ডটা ঠিক নয়।
password-too-short = নতুন পাসওয়ার্ডে অন্তত ৮টা অক্ষর বা সংখ্যা লাগবে।

members-search = নাম, মোবাইল নম্বর বা সদস্য কোড দিয়ে খুঁজুন
members-filter = দেখান
members-count = { $n ->
    [one] { $shown } জন সদস্য
   *[other] { $shown } জন সদস্য
}
member-new-title = নতুন সদস্য যোগ করুন
member-edit = তথ্য বদলান
member-save = সেভ করুন
member-roles = ভূমিকা
member-roles-save = ভূমিকা সেভ করুন
member-join = দলে যোগ করুন (দলের পুরো নাম ঠিকঠাক লিখুন)
member-join-button = যোগ করুন
member-join-unknown = এই নামে কোনো সংগঠন নেই। বানানটা দেখে নিন, নাহলে আগে সংগঠনটা যোগ করুন।
member-org-role = দলে ভূমিকা
member-leave = বাদ দিন

organisations-search = নাম দিয়ে খুঁজুন
organisations-count = { $n ->
    [one] { $shown }টি সংগঠন
   *[other] { $shown }টি সংগঠন
}
organisation-new-title = নতুন সংগঠন যোগ করুন
organisation-edit-title = সংগঠনের তথ্য বদলান
organisation-filter-members = এর সদস্যদের দেখুন

page-prev = আগের
page-next = পরের
page-of = পাতা { $page } (মোট { $pages })

field-code = সদস্য কোড
field-full-name = পুরো নাম
field-full-name-hint = সদস্য নিজে যেমন লেখেন, যে কোনো লিপিতে।
field-phone = মোবাইল নম্বর (না দিলেও চলবে)
field-phone-hint = ১০ সংখ্যার নম্বর, যেমন 98765 43210।
field-gender = লিঙ্গ
field-birth-year = জন্মের সাল (না দিলেও চলবে)
field-state = রাজ্য
field-district = জেলা
field-village = গ্রাম
field-place = জায়গা
field-stakeholder = খনিতে কী কাজ
field-language = পছন্দের ভাষা
field-role = ভূমিকা
field-consent = তথ্য রাখার সম্মতি
field-consent-box = সদস্য রাজি যে, তাঁর শেখার কাজের জন্য অ্যাকাডেমি এই তথ্য রেখে দেবে।
field-consent-by = কে সম্মতি নিলেন
field-org-name = নাম
field-org-kind = সংগঠনের ধরন
consent-given = সম্মতি দিয়েছেন, নিয়েছেন { $by }
consent-none = লেখা নেই

problem-required = এটা ভরতে হবে।
problem-too-long = খুব লম্বা: বড়জোর { $max }টা অক্ষর।
problem-not-allowed = তালিকা থেকে একটা বেছে নিন।
problem-bad-phone = মোবাইল নম্বর ১০ সংখ্যার হতে হবে, আর 6, 7, 8 বা 9 দিয়ে শুরু হতে হবে।
problem-bad-member-code = এটা সদস্য কোড বলে মনে হচ্ছে না। সদস্য কোড এরকম হয়: JH-0001234
problem-bad-year = { $from } থেকে { $to }-এর মধ্যে একটা সাল লিখুন।
problem-taken = এটা আগে থেকেই অন্য একজন সদস্যের আছে।
problem-name-taken = এই নামে একটা সংগঠন আগে থেকেই আছে।
problem-semicolon = নামে ";" লিখবেন না।

error-not-found-title = পাতা পাওয়া যায়নি
error-not-found = এই ঠিকানায় কোনো পাতা নেই। হয়তো অন্য জায়গায় সরে গেছে।
error-forbidden-title = এটা আপনার ভূমিকার জন্য নয়
error-forbidden = এই পাতা অন্য ভূমিকার জন্য। দরকার হলে অ্যাকাডেমির ম্যানেজারকে বলুন।
error-stale-form-title = আবার চেষ্টা করুন
error-stale-form = ফর্মটা অনেকক্ষণ খোলা ছিল, বা অন্য পাতা থেকে এসেছে। পিছনে যান, পাতাটা আবার খুলুন (রিলোড করুন), তারপর আবার পাঠান।
error-internal-title = কিছু একটা গোলমাল হয়েছে
error-internal = আমাদের দিকে কিছু গোলমাল হয়েছে। একটু পরে আবার চেষ্টা করুন।

gender-woman = মহিলা
gender-man = পুরুষ
gender-another = অন্য
gender-unstated = বলতে চান না

stakeholder-miner = খনি শ্রমিক
stakeholder-community-leader = সমাজের নেতা
stakeholder-value-chain-agent = ব্যবসায়ী বা এজেন্ট
stakeholder-private-company = প্রাইভেট কোম্পানি
stakeholder-public-company = সরকারি কোম্পানি
stakeholder-academic = বিশ্ববিদ্যালয় বা কলেজ
stakeholder-ngo = NGO (স্বেচ্ছাসেবী সংস্থা)
stakeholder-government = সরকার
stakeholder-other = অন্য

role-learner = শিক্ষার্থী
role-facilitator = সহায়ক
role-author = পাঠ লেখক
role-manager = প্রোগ্রাম ম্যানেজার
role-admin = অ্যাডমিন

org-role-member = সদস্য
org-role-leader = দলের প্রধান

org-kind-shg = স্বনির্ভর গোষ্ঠী (SHG)
org-kind-afm-chapter = মহিলা খনি শ্রমিক সংঘের (AFM) শাখা
org-kind-cooperative = সমবায় সমিতি
org-kind-company = কোম্পানি
org-kind-university = বিশ্ববিদ্যালয় বা কলেজ
org-kind-ngo = NGO (স্বেচ্ছাসেবী সংস্থা)
org-kind-government = সরকারি দপ্তর
org-kind-other = অন্য

state-OD = ওড়িশা
state-JH = ঝাড়খণ্ড
state-BR = বিহার
state-CG = ছত্তিশগড়
state-WB = পশ্চিমবঙ্গ
state-UP = উত্তরপ্রদেশ
state-AN = আন্দামান ও নিকোবর দ্বীপপুঞ্জ
state-AP = অন্ধ্রপ্রদেশ
state-AR = অরুণাচল প্রদেশ
state-AS = অসম
state-CH = চণ্ডীগড়
state-DH = দাদরা ও নগর হাভেলি এবং দমন ও দিউ
state-DL = দিল্লি
state-GA = গোয়া
state-GJ = গুজরাট
state-HR = হরিয়ানা
state-HP = হিমাচল প্রদেশ
state-JK = জম্মু ও কাশ্মীর
state-KA = কর্ণাটক
state-KL = কেরল
state-LA = লাদাখ
state-LD = লাক্ষাদ্বীপ
state-MP = মধ্যপ্রদেশ
state-MH = মহারাষ্ট্র
state-MN = মণিপুর
state-ML = মেঘালয়
state-MZ = মিজোরাম
state-NL = নাগাল্যান্ড
state-PY = পুদুচেরি
state-PB = পাঞ্জাব
state-RJ = রাজস্থান
state-SK = সিকিম
state-TN = তামিলনাড়ু
state-TS = তেলেঙ্গানা
state-TR = ত্রিপুরা
state-UK = উত্তরাখণ্ড

# Learning: modules, lessons, tests

nav-modules = শিখুন
modules-title = কী কী শিখতে পারেন
modules-intro = ১৫টা মডিউল আছে। প্রত্যেকটায় ছোট ছোট পাঠ আছে, শুরুর আগে একটা পরীক্ষা আর শেষে একটা পরীক্ষা। যে কোনো একটা দিয়ে শুরু করুন।
module-number = মডিউল { $number }
module-lessons = { $n ->
    [one] { $shown }টি পাঠ
   *[other] { $shown }টি পাঠ
}
module-progress = { $total }টা পাঠের মধ্যে { $done }টা শেষ
module-complete = শেষ হয়েছে
module-complete-long = আপনি এই মডিউলটা শেষ করেছেন। খুব ভালো!
tracks-title = শেখার পথ
track-progress = { $total }টা মডিউলের মধ্যে { $done }টা শেষ
module-next = এবার কী করবেন
module-sign-in-to-record = লগ ইন করুন, তাহলে আপনি কী কী করেছেন অ্যাকাডেমি মনে রাখবে।
module-pre-offer = প্রথম পাঠের আগে একটা ছোট পরীক্ষা দিয়ে দেখুন। আপনি আগে থেকে কী জানেন, তা বোঝা যাবে। উত্তর না জানলে কোনো অসুবিধা নেই।
module-skip-pre = পরীক্ষা বাদ দিয়ে সোজা পাঠ শুরু করুন
module-post-ready = সব পাঠ হয়ে গেছে। এবার শেষ পরীক্ষাটা দিন, তাহলে মডিউলটা পুরো হবে।
module-choose-next = পরের মডিউল বেছে নিন
module-locked = এগুলো শেষ করার পরে এই মডিউলটা খুলবে:
module-objectives = এতে কী শিখবেন
module-lessons-title = পাঠ
module-tests = পরীক্ষা
minutes = { $n ->
    [one] { $shown } মিনিট
   *[other] { $shown } মিনিট
}
pass-mark = পাশ করতে { $mark }% লাগবে
score-of = { $total }-এর মধ্যে { $done }
test-not-taken = এখনও দেননি
test-take-now = এখন দিন
test-after-lessons = পাঠ শেষ হলে

lesson-done = আপনি এই পাঠটা শেষ করেছেন
lesson-finish = আমি এই পাঠটা শেষ করেছি
lesson-check-again = দেখি কী শিখলাম
lesson-next = এগিয়ে চলুন
lesson-next-is = পরের পাঠ:
lesson-sign-in = লগ ইন করুন, তাহলে যা শিখলেন তা সেভ থাকবে
lesson-fallback = এই পাঠটা এখনও আপনার ভাষায় লেখা হয়নি। তাই এখানে { $language } ভাষায় দেওয়া আছে।
lesson-retired = এই পাঠটা আর এই মডিউলে নেই। তবু আপনি এটা পড়তে পারেন।
listen = শুনুন
listen-stop = থামান
key-points = জরুরি কথা
sources = এই তথ্য কোথা থেকে নেওয়া
language-en = ইংরেজি
language-hi = হিন্দি
language-or = ওড়িয়া
language-bn = বাংলা

test-pre-title = শুরুর আগের পরীক্ষা
test-post-title = শেষ পরীক্ষা
test-check-title = দেখুন কী শিখলেন: { $lesson }
test-pre-intro = এই ছোট পরীক্ষায় বোঝা যাবে আপনি এখন কী জানেন। পরে শেষ পরীক্ষায় বোঝা যাবে কী কী শিখলেন।
test-choose-all = যতগুলো উত্তর ঠিক, সবগুলো বেছে নিন।
test-submit = আমার উত্তর পাঠান
test-answer-all = সব প্রশ্নের উত্তর দিন। এ পর্যন্ত দেওয়া উত্তরগুলো রাখা আছে।
test-changed = আপনি খুলে রাখার সময়েই পরীক্ষাটা বদলে গেছে। নতুন প্রশ্নগুলোর উত্তর দিন।
test-stale = এই ফর্মটা পুরনো হয়ে গেছে। আবার উত্তর দিন।
test-locked = এই মডিউলটা এখনও আপনার জন্য খোলেনি। আগে এর জন্য দরকারি মডিউলগুলো শেষ করুন।
test-pre-taken = এই মডিউলের শুরুর পরীক্ষা আপনি আগেই দিয়েছেন। এবার পাঠগুলো পড়তে থাকুন।
test-pre-too-late = শুরুর পরীক্ষা প্রথম পাঠের আগে দিতে হয়। আপনি পাঠ শুরু করে ফেলেছেন, তাই পাঠগুলো পড়তে থাকুন।
test-post-not-yet = এই মডিউলের সব পাঠ শেষ হলে তবে শেষ পরীক্ষা খুলবে।
back-to-module = মডিউলে ফিরে যান
answer-true = ঠিক
answer-false = ভুল

result-pre = ধন্যবাদ। এবার পাঠগুলো শুরু করুন। কতটা শিখলেন, শেষ পরীক্ষায় বোঝা যাবে।
result-passed = আপনি পাশ করেছেন!
result-failed = এখনও পাশ হয়নি। পাঠগুলো আবার পড়ুন, তারপর আর একবার চেষ্টা করুন। পরীক্ষা যতবার দরকার, ততবার দিতে পারেন।
result-try-again = আবার চেষ্টা করুন
result-answers = আপনার উত্তর
result-right = আপনি ঠিক বেছেছেন
result-wrong = আপনি ভুল বেছেছেন
result-correct-is = ঠিক উত্তর:
result-question-removed = এই প্রশ্নটা পরে পরীক্ষা থেকে বাদ দেওয়া হয়েছে।
result-next-lesson = পরের পাঠ: { $lesson }
result-next-post = শেষ পরীক্ষা দিন
result-next-module = মডিউলে ফিরে যান
result-next-revise = পাঠগুলো আবার দেখুন
result-next-me = কতটা এগোলেন দেখুন

me-continue = যেখানে ছেড়েছিলেন, সেখান থেকে শুরু করুন
me-start = শুরু করতে একটা মডিউল বেছে নিন
me-modules-done = যে মডিউলগুলো শেষ করেছেন
me-none-done = এখনও একটাও না।
me-tests = যে পরীক্ষাগুলো দিয়েছেন
me-no-tests = এখনও একটাও না।
me-certificates = সার্টিফিকেট
me-no-certificates = কোনো মডিউল শেষ করলে তার সার্টিফিকেট এখানে দেখা যাবে।

# Field work: cohorts, sessions, attendance, paper tests

nav-field = গ্রামে বৈঠক
field-title = আপনার শেখার দল আর বৈঠক
field-today = আজ
field-upcoming = সামনের বৈঠক
field-no-sessions-today = আজ কোনো বৈঠক নেই।
field-no-sessions = কোনো বৈঠক ঠিক করা নেই।
field-cohorts = আপনার শেখার দল
field-no-cohorts = আপনার এখনও কোনো শেখার দল নেই। যাঁদের আপনি শেখান, তাঁদের জন্য একটা শেখার দল শুরু করুন।
field-missed-two = গত দুটো বৈঠকে আসেননি:
cohort-new-title = নতুন শেখার দল শুরু করুন
cohort-name = দলের নাম
cohort-organisation = স্বনির্ভর গোষ্ঠী বা সংগঠন (পুরো নাম ঠিকঠাক, না দিলেও চলবে)
cohort-modules = দল কোন কোন মডিউল শিখবে
cohort-choose-modules = অন্তত একটা মডিউল বেছে নিন।
cohort-facilitators = সহায়ক
cohort-sessions = বৈঠক
cohort-completed = { $total } জন সদস্যের মধ্যে { $done } জন শেষ করেছেন
cohort-add-member = সদস্য যোগ করুন (সদস্য কোড বা মোবাইল নম্বর)
cohort-add-as-facilitator = এই দলের সহায়ক হিসেবে যোগ করুন
cohort-member-unknown = এই কোড বা মোবাইল নম্বরে কোনো সদস্য নেই। বৈঠকের দিন "আজ নতুন যাঁরা এলেন" অংশে তাঁর নাম লিখুন।
cohort-not-facilitator = এই সদস্য সহায়ক নন। অ্যাডমিন এই ভূমিকা দিতে পারেন।
session-new-title = নতুন বৈঠক ঠিক করুন
session-date = তারিখ
session-time = সময়
session-place = জায়গা
session-latitude = GPS অক্ষাংশ, প্রথম সংখ্যা (না দিলেও চলবে)
session-longitude = GPS দ্রাঘিমাংশ, দ্বিতীয় সংখ্যা (না দিলেও চলবে)
session-bad-gps = ভারতের ভিতরে একটা GPS জায়গার দুটো সংখ্যাই দিন, যেমন 24.47 আর 85.60।
session-module = মডিউল
session-lessons = কোন কোন পাঠ হল
session-notes = নোট
session-attendance = কে কে এলেন
session-present = { $total } জনের মধ্যে { $done } জন হাজির
session-save-attendance = হাজিরা সেভ করুন
session-in-future = এই বৈঠক এখনও শুরু হয়নি। বৈঠকের দিনই হাজিরা নিন।
session-not-in-cohort = যাঁদের টিক দিয়েছেন, তাঁদের মধ্যে একজন এই শেখার দলের সদস্য নন। তাঁকে দলে যোগ করুন, নাহলে "আজ নতুন যাঁরা এলেন" অংশে তাঁর নাম লিখুন।
session-paper-tests = কাগজে পরীক্ষা
session-back = বৈঠকে ফিরে যান
walk-in-title = আজ নতুন যাঁরা এলেন, তাঁদের যোগ করুন
walk-in-add = নাম লিখুন আর হাজিরা দিন
walk-in-consent-needed = সদস্যকে জিজ্ঞেস করুন, উনি রাজি হলে টিক দিন।
group-test-intro = কাগজের শিট দেখে প্রত্যেকের নম্বর লিখুন, মানে কটা উত্তর ঠিক হয়েছে: 0 থেকে { $max }। যাঁরা পরীক্ষা দেননি, তাঁদের ঘর ফাঁকা রাখুন।
group-test-nobody = আগে হাজিরা নিন: যাঁরা হাজির, শুধু তাঁদেরই পরীক্ষার নম্বর লেখা যায়।
group-test-save = নম্বর সেভ করুন
group-test-bad-score = { $name }-এর নম্বর 0 থেকে { $max }-এর মধ্যে একটা সংখ্যা হতে হবে। কিছুই সেভ হয়নি।

# Printed pages

roster-print = হাজিরার তালিকা প্রিন্ট করুন (PDF)
roster-number = ক্রম
roster-present = হাজির
roster-signature = সহায়কের সই:
sheet-print = উত্তরের শিট (PDF)
sheet-how = প্রত্যেক প্রশ্নের ঘরে বেছে নেওয়া উত্তরের অক্ষরটা লিখুন (a, b, c, d)। ঠিক-ভুলের প্রশ্নে: ঠিক হলে T, ভুল হলে F লিখুন।
sheet-score = নম্বর

# Member cards and PINs

card-title = সদস্য কার্ড
card-how = কোডটা স্ক্যান করুন বা সদস্য কোড লিখুন, তারপর ৪ সংখ্যার পিন দিন।
card-print = কার্ড প্রিন্ট করুন
card-reissue-why = কার্ড হারিয়ে গেছে? নতুন কার্ডে নতুন QR কোড থাকবে, পুরনো কার্ড আর চলবে না।
card-reissue = নতুন কার্ড বানান
card-replaced = এই কার্ডের বদলে একটা নতুন কার্ড হয়েছে। আপনার সহায়কের কাছ থেকে নতুন কার্ডটা নিয়ে নিন।
card-sign-in-title = সদস্য কার্ড দিয়ে লগ ইন করুন
card-use-password = পাসওয়ার্ড দিয়ে লগ ইন করুন
pin-title = লগ ইন করার পিন
pin-is-set = পিন বানানো আছে।
pin-not-set = এখনও পিন নেই: সদস্যকে সঙ্গে নিয়ে একটা পিন বানান।
pin-is-locked = অনেকবার ভুল পিন দেওয়ায় কার্ডটা লক হয়ে গেছে। আবার খুলতে নতুন পিন বানান।
pin-new = নতুন পিন (৪ সংখ্যা)
pin-again = আবার একই পিন
pin-save = পিন সেভ করুন
pin-four-digits = পিন ঠিক ৪ সংখ্যার হতে হবে।
pin-differ = দুটো পিন মিলছে না।
pin-enter = পিন (৪ সংখ্যা)
pin-failed = এই সদস্য কোডের সঙ্গে পিন মিলছে না।
pin-locked = অনেকবার ভুল পিন দেওয়া হয়েছে, তাই কার্ডটা লক হয়ে গেছে। আপনার সহায়ক নতুন পিন বানিয়ে দিতে পারবেন।
pin-wait = এখান থেকে অনেকবার ভুল চেষ্টা হয়েছে। একটু অপেক্ষা করে আবার চেষ্টা করুন।

# Spreadsheets for paper records

csv-attendance = হাজিরার স্প্রেডশিট (CSV)
csv-results = নম্বরের স্প্রেডশিট (CSV)
upload-title = পূরণ করা স্প্রেডশিট পাঠান
upload-send = পাঠান
upload-nothing-saved = কিছুই সেভ হয়নি। এই সারিগুলো ঠিক করে ফাইলটা আবার পাঠান।
group-test-answers = উত্তর একটা একটা করে লিখুন

# Reports

nav-reports = রিপোর্ট
report-title = কে কী শিখছেন
report-definitions = প্রতিটা সংখ্যার মানে
report-women-this-quarter = ঝাড়খণ্ডের মহিলারা, স্বাস্থ্য ও সুরক্ষা, এই ত্রৈমাসিকে
report-age = বয়স
report-period = সময়কাল
report-period-hint = একটা বছর (2026), একটা ত্রৈমাসিক (2026-Q3) বা একটা মাস (2026-11)। শুরু থেকে এখন পর্যন্ত সব সময়ের জন্য ফাঁকা রাখুন।
report-by = সারিগুলো কী অনুযায়ী
report-members = সদস্য
report-women = মহিলা
report-active-30 = গত ৩০ দিনে সক্রিয়
report-active-90 = গত ৯০ দিনে সক্রিয়
report-lessons = শেষ করা পাঠ
report-modules = শেষ করা মডিউল
report-sessions = দলের বৈঠক হয়েছে
report-average-attendance = গড় হাজিরা
report-attended = বৈঠকে হাজিরা
report-table = ভাগ অনুযায়ী সংখ্যা
report-group = ভাগ
report-not-stated = বলা নেই
report-download-csv = স্প্রেডশিট হিসেবে ডাউনলোড করুন (CSV)
report-gain-title = প্রতিটা মডিউলে জ্ঞান বৃদ্ধি
report-gain-hint = যে সদস্যরা দুটো পরীক্ষাই দিয়েছেন: মডিউলের আগে দেওয়া তাঁদের প্রথম পরীক্ষার নম্বর আর শেষ পরীক্ষায় তাঁদের সবচেয়ে ভালো নম্বর, শতকরা হিসেবে।
report-no-gain = এখনও কোনো সদস্য দুটো পরীক্ষাই দেননি।
report-module = মডিউল
report-took-both = দুটো পরীক্ষাই দিয়েছেন
report-pre = আগে
report-post = পরে
report-gain = বৃদ্ধি
report-women-took-both = দুটো পরীক্ষাই দিয়েছেন এমন মহিলা
report-women-gain = মহিলাদের ক্ষেত্রে বৃদ্ধি
report-by-month = শেষ করা মডিউল, মাস অনুযায়ী
indicator-members = নাম লেখানো সদস্য
indicator-members-how = যে সদস্যরা সময়কালের মধ্যে অ্যাকাডেমিতে যোগ দিয়েছেন আর বেছে নেওয়া ফিল্টারের সঙ্গে মেলেন; সময়কাল বেছে না নিলে, সদস্য তালিকায় থাকা সবাই।
indicator-women = মহিলাদের অংশ
indicator-women-how = যে সদস্যদের লিঙ্গ "মহিলা" বলে লেখা আছে, তাঁদের সংখ্যাকে ওই একই সারিগুলোর সব সদস্যের সংখ্যা দিয়ে ভাগ করা হয়।
indicator-active = সক্রিয় শিক্ষার্থী (৩০ আর ৯০ দিন)
indicator-active-how = আজকের আগের গত ৩০ বা ৯০ দিনে যে সদস্যদের শেখার অন্তত একটা রেকর্ড আছে (একটা পাঠ খোলা বা শেষ করা, একটা পরীক্ষা, একটা হাজিরা)। মাস, ত্রৈমাসিক বা বছর অনুযায়ী সারিগুলোতে এখানে — চিহ্ন দেখানো হয়।
indicator-lessons = শেষ করা পাঠ
indicator-lessons-how = সময়কালের মধ্যে যে পাঠগুলো শেষ বলে লেখা হয়েছে, অনলাইনে বা দলের বৈঠকে; একজন সদস্যের একটা পাঠ একবারই গোনা হয়।
indicator-modules = শেষ করা মডিউল
indicator-modules-how = যে মডিউলগুলোর সব পাঠ শেষ হয়েছে আর শেষ পরীক্ষায় পাশ হয়েছে; মডিউলটা যে সময়কালে শেষ হয়েছে, সেই সময়কালেই গোনা হয়।
indicator-sessions = হয়ে যাওয়া দলের বৈঠক
indicator-sessions-how = সময়কালের মধ্যে যে বৈঠকগুলোর হাজিরা নেওয়া হয়েছে, জায়গার ফিল্টারের সঙ্গে মেলে এমন শেখার দলগুলোতে।
indicator-attendance = হাজিরা আর গড় হাজিরা
indicator-attendance-how = কোনো বৈঠকে হাজির বলে লেখা প্রত্যেক মানুষ একটা হাজিরা। গড় মানে মোট হাজিরাকে যতগুলো বৈঠক হয়েছে সেই সংখ্যা দিয়ে ভাগ করা।
indicator-gain = জ্ঞান বৃদ্ধি
indicator-gain-how = প্রতিটা মডিউলের জন্য, যে সদস্যরা দুটো পরীক্ষাই দিয়েছেন: শেষ পরীক্ষায় তাঁদের সবচেয়ে ভালো নম্বরের গড় থেকে মডিউলের আগে দেওয়া তাঁদের প্রথম পরীক্ষার নম্বরের গড় বাদ দিয়ে, শতাংশ বিন্দুতে, সঙ্গে n, মানে কতজন সদস্যকে গোনা হয়েছে। প্রত্যেক সদস্যকে সেই মাসে গোনা হয়, যে মাসে তিনি প্রথমবার শেষ পরীক্ষা দিয়েছিলেন। গড় করার আগে প্রতিটা নম্বর শতাংশে দশমিকের পরে দুই ঘর পর্যন্ত রাউন্ড করা হয়।
indicator-small = ছোট সংখ্যা
indicator-small-how = ডাউনলোড করা টেবিলে যেখানে ৫ জনের কম মানুষ, সেখানে "< 5" দেখানো হয়, যাতে কাউকে আলাদা করে চেনা না যায়।
report-shared-note = এই দলের সদস্যদের হিসাব। ৫ জনের কম হলে "< 5" দেখানো হয়।
report-for-group = এই দলের রিপোর্ট
report-download-xlsx = ওয়ার্কবুক হিসেবে ডাউনলোড করুন (XLSX)
donor-title = ফলাফল কাঠামোর টেবিল
donor-hint = অনুদানদাতাদের জন্য নির্ধারিত সূচকগুলো: সবার জন্য, মহিলা আর পুরুষদের জন্য, আর অ্যাকাডেমির প্রতিটা রাজ্যের মহিলাদের জন্য। ৫ জনের কম হলে "< 5" দেখানো হয়; ৫ জনের কম মানুষের ভিত্তিতে হিসাব করা জ্ঞান বৃদ্ধি ফাঁকা রাখা হয়।
donor-indicator = সূচক
donor-members = সদস্য হিসেবে নাম লেখানো মানুষ
donor-active = গত ৯০ দিনে শিখেছেন এমন মানুষ
donor-modules = শেষ করা মডিউল
donor-attendances = দলের বৈঠকে হাজিরা
donor-trained = { $module } মডিউলে প্রশিক্ষণ পাওয়া মানুষ (মডিউল শেষ করেছেন)
donor-gain = জ্ঞান বৃদ্ধি (শতাংশ বিন্দু, শেষ পরীক্ষা থেকে প্রথম পরীক্ষা বাদ দিয়ে)

# Certificates

certificate-heading = সমাপ্তির শংসাপত্র
certificate-this-is = এই মর্মে প্রত্যয়িত করা হচ্ছে যে
certificate-completed = এই মডিউলটি সম্পূর্ণ করেছেন
certificate-date = তারিখ
certificate-print = প্রিন্ট করুন (PDF)
certificate-check = অনলাইনে যাচাই করুন
certificate-revoke = বাতিল করুন
certificate-revoke-reason = বাতিল করার কারণ
certificate-reason-needed = শংসাপত্র বাতিল করার কারণ লিখুন।
verify-title = শংসাপত্র যাচাই
verify-valid = এই শংসাপত্রটি বৈধ।
verify-revoked = এই শংসাপত্রটি বাতিল করা হয়েছে।
verify-achievement = সম্পূর্ণ করেছেন
report-certificates = দেওয়া শংসাপত্র
donor-certificates = দেওয়া শংসাপত্র
indicator-certificates = দেওয়া শংসাপত্র
indicator-certificates-how = এই সময়ে সম্পূর্ণ হওয়া মডিউলের জন্য দেওয়া শংসাপত্র; বাতিল হওয়া শংসাপত্র গোনা হয় না।
indicator-age = বয়সের ভাগ
indicator-age-how = বয়স বছরের হিসেবে, জন্মের সাল থেকে গোনা হয়: সদস্যদের ক্ষেত্রে যে বছর তাঁরা যোগ দিয়েছেন সেই বছর পর্যন্ত, সক্রিয় শিক্ষার্থীদের ক্ষেত্রে এই বছর পর্যন্ত। যে সদস্যদের জন্মের সাল লেখা নেই, তাঁদের "বলা নেই"-এর মধ্যে গোনা হয়।
report-bad-filter = { $field }: "{ $value }" বোঝা যায়নি, তাই রিপোর্টে এটা ধরা হয়নি।
report-organisation = সংগঠন (তার নাম)
report-cohort = শেখার দল
report-by-month-rows = মাস
report-by-quarter-rows = ত্রৈমাসিক
report-by-year-rows = বছর
report-members-table = প্রতি সদস্যের জন্য একটা সারি
report-last-active = শেষবার সক্রিয়
cohort-issue-title = এই দলের জন্য শংসাপত্র দিন
cohort-issue-hint = যে সদস্যরা একসঙ্গে শিখেছেন আর কাগজে পরীক্ষা দিয়েছেন, তাঁদের জন্য। অন্য সব শংসাপত্রের মতোই প্রতিটা শংসাপত্রে সই করা হয়, আর আপনার নোট অডিট রেকর্ডে রাখা থাকে।
cohort-issue-note = কেন (এটা অডিট রেকর্ডে রাখা থাকবে)
cohort-issue-button = শংসাপত্র দিন
cohort-issue-module-needed = দলের মডিউলগুলোর মধ্যে একটা বেছে নিন।
cohort-issue-members-needed = অন্তত একজন সদস্যের পাশে টিক দিন।
cohort-issue-note-needed = এই শংসাপত্রগুলো কেন সরাসরি দেওয়া হচ্ছে, তা লিখুন।
audit-title = অডিট রেকর্ড
audit-when = কখন
audit-who = কে
audit-what = কী করা হয়েছে
audit-subject = কীসের উপর
audit-detail = কারণ বা নোট
audit-action-certificate-issue = শংসাপত্র সরাসরি দেওয়া হয়েছে
audit-action-certificate-revoke = শংসাপত্র বাতিল করা হয়েছে
audit-empty = এখনও কিছুই লেখা হয়নি।
certificate-credential = সই করা শংসাপত্র ডাউনলোড করুন (Open Badges 3.0, JSON)
certificate-credential-hint = এটা এমন একটা ফাইল, যা ব্যাংক, নিয়োগকর্তা বা ডিজিটাল ওয়ালেট নিজেই যাচাই করতে পারে: এতে অ্যাকাডেমির সই আছে, আর অ্যাকাডেমির সর্বজনীন চাবি /.well-known/did.json-এ আছে।
certificate-picture = ফোনের জন্য ছবি
check-offline-ok = QR কোডের সই ঠিক আছে: এই শংসাপত্রটি সত্যিই ASM লার্নিং অ্যাকাডেমি দিয়েছে।
check-offline-bad = QR কোডের সই ঠিক নয়। এই কাগজে ভরসা করবেন না; অনলাইনে যাচাই করুন।
check-offline-note = এই ফোনেই, ইন্টারনেট ছাড়া যাচাই করা হয়েছে। পরে শংসাপত্রটি বাতিল করা হয়েছে কি না, তা শুধু অনলাইনে দেখা যায়।
check-offline-intro = এই ফোন দিয়ে শংসাপত্রের QR কোড স্ক্যান করুন: এই পাতাটা একবার খোলা হয়ে গেলে, ইন্টারনেট ছাড়াও এটা শংসাপত্র যাচাই করতে পারে।

## Sync with field nodes
sync-title = সিঙ্ক আর ফিল্ড ল্যাপটপ
sync-nodes = এই অ্যাকাডেমির ফিল্ড ল্যাপটপ
sync-no-nodes = এখনও কোনো ফিল্ড ল্যাপটপ যোগ করা হয়নি।
sync-node-name = নাম
sync-node-scope = জেলা আর শেখার দল
sync-node-seen = শেষ সিঙ্ক
sync-node-revoked = বাতিল করা হয়েছে
sync-node-revoke = বাতিল করুন
sync-node-new = ফিল্ড ল্যাপটপ যোগ করুন
sync-node-districts = জেলা (প্রতিটা নামের মাঝে কমা দিন)
sync-node-cohorts = শেখার দলের আইডি (প্রতিটা আইডির মাঝে কমা দিন)
sync-node-scope-hint = এই ল্যাপটপে এই জেলা আর শেখার দলগুলোর সদস্যরা আসবেন, আর সব স্টাফও।
sync-node-register = যোগ করুন
sync-node-needs = একটা নাম দিন, আর অন্তত একটা জেলা বা শেখার দল।
sync-bad-cohort = { $cohort } আইডির কোনো শেখার দল নেই।
sync-token-once = এই টোকেনটা এখনই কপি করে নিন। এটা শুধু একবারই দেখানো হবে।
sync-token-how = ল্যাপটপে এই পাতাটা খুলে এই অ্যাকাডেমির ঠিকানা আর টোকেন দিন, অথবা এটা চালান: academy sync --remote ADDRESS --token TOKEN
sync-as-node = ফিল্ড ল্যাপটপ হিসেবে এই অ্যাকাডেমি
sync-not-node = এই অ্যাকাডেমি কোনো মূল অ্যাকাডেমির সঙ্গে সিঙ্ক হয় না।
sync-remote = মূল অ্যাকাডেমির ঠিকানা
sync-token = টোকেন
sync-set-peer = সেভ করে সিঙ্ক করুন
sync-last = শেষ সিঙ্ক
sync-never = কখনও হয়নি
sync-last-error = শেষ সমস্যা
sync-now = এখনই সিঙ্ক করুন
sync-done = সিঙ্ক হয়েছে: { $sent }টা বদল পাঠানো হয়েছে, { $received }টা এসেছে।
sync-duplicates = হয়তো একই মানুষ
sync-no-duplicates = কোনো রেকর্ডই একই মানুষের বলে মনে হচ্ছে না।
sync-duplicates-hint = এই রেকর্ডগুলো আলাদা আলাদা জায়গায় তৈরি হয়েছে। দুটোই খুলুন আর সদস্যকে জিজ্ঞেস করে মিলিয়ে নিন।
sync-duplicate-phone = একই মোবাইল নম্বর
sync-duplicate-name = একই নাম, জন্মের সাল আর গ্রাম

## Learning offline on the phone
offline-waiting = { $n }টা উত্তর এই ফোনে রাখা আছে। ফোনে নেটওয়ার্ক এলে সেগুলো পাঠানো হবে।
offline-saved-answers = নেটওয়ার্ক নেই: আপনার উত্তরগুলো এই ফোনে রাখা আছে। ফোনে নেটওয়ার্ক এলে সেগুলো পাঠানো হবে।
offline-sent = এই ফোনে রাখা আপনার উত্তরগুলো পাঠানো হয়েছে।
offline-sign-in = এই ফোনে রাখা উত্তরগুলো পাঠাতে আবার লগ ইন করুন।
offline-failed = এই ফোনে রাখা উত্তরগুলো এখনও পাঠানো যায়নি। আবার পাঠানোর চেষ্টা করা হবে।
offline-save-module = এই মডিউলটা ফোনে সেভ করুন ({ $size } MB)
offline-saving = সেভ হচ্ছে…
offline-saved-module = এই ফোনে সেভ করা আছে
offline-title = নেটওয়ার্ক নেই
offline-not-kept = এই পাতাটা এই ফোনে সেভ করা নেই। আগে যে পাতাগুলো খুলেছিলেন, আর যে মডিউলগুলো সেভ করেছেন, সেগুলো এখনও খুলবে।
offline-how = নেটওয়ার্ক ছাড়া শিখতে হলে, নেটওয়ার্ক থাকার সময় একটা মডিউল খুলুন আর "এই মডিউলটা ফোনে সেভ করুন" টিপুন।

## Merging people registered twice
sync-merge-into = একই মানুষ: { $name }-কে রাখুন
sync-keep-apart = দুজন আলাদা মানুষ
audit-action-member-merge = একই মানুষের দুটো রেকর্ড এক করা হয়েছে
audit-action-member-keep-apart = দুটো রেকর্ড আলাদা রাখা হয়েছে
audit-action-node-register = ফিল্ড ল্যাপটপ যোগ করা হয়েছে
audit-action-node-revoke = ফিল্ড ল্যাপটপ বাতিল করা হয়েছে

## Knowledge exchange: forums, questions to experts, moderation, notices, search, library, mentoring

role-expert = বিশেষজ্ঞ
role-moderator = ফোরাম মডারেটর
nav-forums = ফোরাম
nav-notices = খবর
forums-title = ফোরাম
forums-intro = খনি শ্রমিক, নেতা, বিশেষজ্ঞ আর সহায়কদের সঙ্গে প্রশ্ন করুন, উত্তর দিন, আর যা জানেন তা সবার সঙ্গে ভাগ করে নিন।
forums-general = সবার জন্য
forums-modules = প্রতিটা মডিউলের জন্য একটা করে ফোরাম
forum-name-general = যে কোনো কথা নিয়ে আড্ডা
forum-name-women = মহিলাদের আসর
forum-name-markets = বিক্রি, দাম আর কাজকর্ম
forum-women-only = শুধু মহিলাদের জন্য
forum-women-only-about = এই ফোরাম শুধু মহিলা সদস্য আর মডারেটররা দেখতে পারেন।
forum-threads = { $n ->
    [one] { $shown }টি আলোচনা
   *[other] { $shown }টি আলোচনা
}
forum-unread = { $n ->
    [one] { $shown }টি নতুন
   *[other] { $shown }টি নতুন
}
forum-replies = { $n ->
    [one] { $shown }টি উত্তর
   *[other] { $shown }টি উত্তর
}
forum-reports = { $n ->
    [one] { $shown }টি অভিযোগ
   *[other] { $shown }টি অভিযোগ
}
forum-empty = এখানে এখনও কিছু নেই। আপনিই প্রথম প্রশ্ন করুন।
forum-new = নতুন
forum-ask = কিছু জিজ্ঞেস করুন বা জানান
forum-module-lessons = এই মডিউলের পাঠ
forum-question = প্রশ্ন
forum-answered = উত্তর পাওয়া গেছে
forum-waiting-answer = এখনও উত্তর আসেনি
forum-accepted = সবচেয়ে ভালো উত্তর
forum-expert = বিশেষজ্ঞ
forum-anonymous = নাম গোপন রাখা সদস্য
forum-status-held = মডারেটর এখনও দেখেননি
forum-status-hidden = মডারেটর লুকিয়ে রেখেছেন
forum-title-field = আপনার প্রশ্ন বা বিষয়, অল্প কথায়
forum-body-field = আপনি কী বলতে চান?
forum-body-hint = যে কোনো ভাষায় লিখুন। কারও লেখা কথা তুলে দিতে, লাইনের শুরুতে > লিখুন। কোনো পাঠ দেখাতে, তার ঠিকানা (লিংক) পেস্ট করুন। কাউকে ডাকতে, @ আর তাঁর সদস্য কোড লিখুন।
forum-image-field = একটা ছবি (না দিলেও চলবে)
forum-image-alt = { $name }-এর পাঠানো ছবি
forum-is-question = এটা বিশেষজ্ঞদের জন্য একটা প্রশ্ন
forum-anonymous-field = আমার নাম না দেখিয়ে জিজ্ঞেস করুন
forum-anonymous-hint = কেউ আপনার নাম দেখতে পাবেন না, মডারেটররাও না। শুধু কোনো গুরুতর কারণে, যেমন আদালতের আদেশ থাকলে, অ্যাডমিন নামটা মডারেটরদের দেখাতে পারেন, আর সেটা লিখে রাখা হয়। উত্তর কিন্তু আপনি ঠিকই পাবেন।
forum-post = পাঠান
forum-reply = আপনার উত্তর
forum-quote = এর উত্তর দিন
forum-report = মডারেটরকে জানান
forum-report-why = এই পোস্টে কী সমস্যা আছে?
forum-report-done = ধন্যবাদ। একজন মডারেটর এটা দেখবেন।
forum-back-to-thread = আলোচনায় ফিরে যান
forum-accept = এই উত্তরটা আমার কাজে লেগেছে
forum-held-notice = ধন্যবাদ। একজন মডারেটর পড়ে নেওয়ার পর আপনার পোস্ট দেখা যাবে।
forum-muted = আপাতত আপনি ফোরামে লিখতে পারবেন না। একজন মডারেটর আপনার পোস্ট বন্ধ রেখেছেন।
forum-reveal = মডারেটরদের নাম দেখান
forum-reveal-reason = নামটা কেন দেখাতে হবে? এটা অডিট রেকর্ডে লেখা থাকবে।
upload-too-large = ফাইলটা খুব বড়। আরও ছোট একটা পাঠান।
upload-not-picture = এটা ছবি নয়। JPG, PNG বা WebP ছবি পাঠান।
questions-title = বিশেষজ্ঞের উত্তরের অপেক্ষায় থাকা প্রশ্ন
questions-intro = এই প্রশ্নগুলোর এখনও কোনো বিশেষজ্ঞ উত্তর দেননি। সবচেয়ে পুরনো প্রশ্নগুলো সবার উপরে।
moderation-title = ফোরাম দেখাশোনা
moderation-queue = যে পোস্টগুলো দেখতে হবে
moderation-nothing = দেখার মতো কিছু নেই। ধন্যবাদ।
moderation-reason = কারণ
moderation-hide = লুকিয়ে দিন
moderation-restore = আবার দেখান
moderation-approve = পোস্ট হতে দিন
moderation-keep = থাকতে দিন
moderation-mutes = যাঁদের পোস্ট বন্ধ রাখা হয়েছে
moderation-no-mutes = কারও পোস্ট বন্ধ রাখা হয়নি।
moderation-member-code = সদস্য কোড
moderation-days = কত দিনের জন্য? (ফাঁকা রাখলে: যতদিন না কেউ আবার চালু করেন)
moderation-mute = এই সদস্যের পোস্ট বন্ধ রাখুন
moderation-unmute = আবার চালু করুন
moderation-until-lifted = আবার চালু না করা পর্যন্ত
moderation-settings = সেটিংস
moderation-hold-first = প্রত্যেক নতুন সদস্যের প্রথম পোস্ট আটকে রাখুন, যতক্ষণ না একজন মডারেটর সেটা পড়েন
moderation-no-such-member = এই কোডের কোনো সদস্য নেই।
moderation-bad-days = 1 থেকে 3650-এর মধ্যে দিনের সংখ্যা লিখুন, বা ফাঁকা রাখুন।
moderation-reason-needed = দয়া করে একটা কারণ লিখুন।
notices-title = আপনার জন্য খবর
notices-empty = এখনও আপনার জন্য নতুন কিছু নেই।
notice-reply = { $who } “{ $title }”-এ উত্তর দিয়েছেন
notice-answer = { $who } আপনার প্রশ্ন “{ $title }”-এর উত্তর দিয়েছেন
notice-accepted = “{ $title }”-এ আপনার উত্তরটা সবচেয়ে ভালো উত্তর হিসেবে বেছে নেওয়া হয়েছে
notice-mention = { $who } “{ $title }”-এ আপনাকে ডেকেছেন
notice-message = { $who } নতুন মেসেজ পাঠিয়েছেন
search-title = খুঁজুন
search-label = পাঠ, ফোরাম আর লাইব্রেরিতে খুঁজুন
search-placeholder = খুঁজুন
search-button = খুঁজুন
search-hint = ইংরেজি, হিন্দি, ওড়িয়া বা বাংলায় এক বা একাধিক শব্দ লিখুন।
search-found = { $n ->
    [one] { $shown }টি জিনিস পাওয়া গেছে
   *[other] { $shown }টি জিনিস পাওয়া গেছে
}
search-in-all = সব কিছু
search-in-lessons = পাঠ
search-in-posts = ফোরাম
search-in-library = লাইব্রেরি
search-kind-lesson = পাঠ
search-kind-post = ফোরাম
search-kind-resource = লাইব্রেরি
search-sign-in-for-posts = ফোরামেও খুঁজতে হলে লগ ইন করুন।
library-title = লাইব্রেরি
library-intro = পোস্টার, গাইড, ফর্ম আর রেকর্ডিং: এগুলো থেকে শিখুন, অন্যদেরও দিন।
library-add = ফাইল যোগ করুন
library-any = সব
library-module = মডিউল
library-no-module = কোনো মডিউল নেই
library-language = ভাষা
library-empty = এখানে এখনও কোনো ফাইল নেই।
library-file = ফাইল
library-file-hint = PDF ফাইল, ছবি (JPG, PNG, WebP) বা রেকর্ডিং (MP3, M4A, Ogg, AMR, WAV)। বড়জোর ১০ MB, ছবি হলে বড়জোর ৩ MB।
library-file-needed = একটা ফাইল বেছে নিন।
library-file-kind = অ্যাকাডেমি এই ধরনের ফাইল নিতে পারে না। PDF, ছবি বা রেকর্ডিং পাঠান।
library-title-field = নাম
library-description = এতে কী আছে? (না দিলেও চলবে)
library-upload = লাইব্রেরিতে যোগ করুন
library-download = খুলুন বা ডাউনলোড করুন
library-by = { $name } যোগ করেছেন, { $when }
library-hidden = এই ফাইলটা লুকোনো আছে। শুধু ম্যানেজার আর মডারেটররা এটা দেখতে পারেন।
library-hide = এই ফাইলটা লুকিয়ে দিন
library-restore = এই ফাইলটা আবার দেখান
library-kind-document = কাগজপত্র
library-kind-image = ছবি
library-kind-audio = রেকর্ডিং
mentoring-title = শেখার সাথী
mentoring-intro = একজন অভিজ্ঞ সদস্য একজন নতুন সদস্যের পাশে থাকেন: প্রশ্নে, পরামর্শে, সাহস জুগিয়ে।
mentoring-none = আপনার সঙ্গে এখনও কোনো অভিজ্ঞ সাথী বা নতুন সদস্যের জুটি হয়নি। আপনার সহায়ক বা ম্যানেজারকে বলুন।
mentoring-all = সব জুটি
mentoring-new = জুটি বানান
mentoring-mentor-code = অভিজ্ঞ সাথীর সদস্য কোড
mentoring-mentee-code = নতুন সদস্যের সদস্য কোড
mentoring-pair = এঁদের জুটি বানান
mentoring-already = এই দুজন আগে থেকেই জুটি, বা দুজন একই মানুষ।
mentoring-end = এই জুটি শেষ করুন
mentoring-pair-mentor = অভিজ্ঞ সাথী: { $name }
mentoring-pair-mentee = সঙ্গে: { $name }
mentoring-you-mentor = আপনি অভিজ্ঞ সাথী
mentoring-you-mentee = ইনি আপনার অভিজ্ঞ সাথী
mentoring-private = শুধু আপনারা দুজন এটা পড়তে পারবেন।
mentoring-progress = শেষ করা মডিউল
mentoring-not-shared = আপনারা দুজনেই হ্যাঁ বললে, কে কতটা শিখলেন তা দেখা যাবে।
mentoring-waiting-other = আপনি হ্যাঁ বলেছেন। অন্যজনের হ্যাঁ বলার অপেক্ষা।
mentoring-share = আমি কতটা শিখেছি, তা দেখান
mentoring-stop-sharing = আমি কতটা শিখেছি, তা দেখানো বন্ধ করুন
mentoring-messages = মেসেজ
mentoring-no-messages = এখনও কোনো মেসেজ নেই। নমস্কার জানান।
mentoring-write = আপনার মেসেজ
mentoring-send = পাঠান
audit-action-forum-hide = ফোরামের পোস্ট লুকিয়ে দেওয়া হয়েছে
audit-action-forum-restore = ফোরামের পোস্ট আবার দেখানো হয়েছে
audit-action-forum-approve = আটকে রাখা পোস্ট ছেড়ে দেওয়া হয়েছে
audit-action-forum-accept = অন্য কারও হয়ে সবচেয়ে ভালো উত্তর বেছে দেওয়া হয়েছে
audit-action-forum-mute = একজন সদস্যের পোস্ট বন্ধ রাখা হয়েছে
audit-action-forum-unmute = একজন সদস্যের পোস্ট আবার চালু করা হয়েছে
audit-action-forum-reveal = নাম গোপন রেখে প্রশ্ন করা মানুষের নাম দেখানো হয়েছে
audit-action-library-hide = লাইব্রেরির ফাইল লুকিয়ে দেওয়া হয়েছে
audit-action-library-restore = লাইব্রেরির ফাইল আবার দেখানো হয়েছে
audit-action-mentor-pair = অভিজ্ঞ সাথীর জুটি বানানো হয়েছে
audit-action-mentor-end = অভিজ্ঞ সাথীর জুটি শেষ করা হয়েছে
audit-action-forum-settings = ফোরামের সেটিং বদলানো হয়েছে
search-found-many = { $shown }টির বেশি জিনিস পাওয়া গেছে, নতুনগুলো আগে। কম পেতে আরেকটা শব্দ যোগ করুন।

## The JSON API's tokens
api-title = API টোকেন
api-intro = সহযোগী সংস্থার প্রোগ্রাম একটা নিজস্ব টোকেন দিয়ে অ্যাকাডেমির JSON API থেকে তথ্য পড়ে। টোকেন একজন সদস্যের হয়ে কাজ করে, আর সেই সদস্যের চেয়ে বেশি কিছু করতে পারে না; তার স্কোপ তাকে আরও সীমিত করে। API-এর পুরো বিবরণ এখানে:
api-token-once = নতুন টোকেন নিচে আছে। এখনই কপি করে নিন: এটা শুধু একবারই দেখানো হবে।
api-name = নাম
api-member = কার জন্য
api-member-code = যে সদস্যের হয়ে টোকেন কাজ করবে, তাঁর সদস্য কোড
api-scopes = স্কোপ
api-created = কবে তৈরি
api-last-used = শেষ ব্যবহার
api-revoked = বাতিল
api-revoke = বাতিল করুন
api-new = টোকেন তৈরি করুন
api-create = টোকেন তৈরি করুন
api-choose-scope = অন্তত একটা স্কোপ বেছে নিন।
audit-action-api-token-create = API টোকেন তৈরি করা হয়েছে
audit-action-api-token-revoke = API টোকেন বাতিল করা হয়েছে
lrs-title = লার্নিং রেকর্ড স্টোর (xAPI)
lrs-intro = বাইরের ই-লার্নিং বিষয়বস্তু অ্যাকাডেমির xAPI 1.0.3 লার্নিং রেকর্ড স্টোরে জানায় শিক্ষার্থীরা কী করলেন, প্রত্যেক সহযোগী সংস্থার জন্য একটা কি আর সিক্রেট দিয়ে। একজন সদস্য আর অ্যাকাডেমির কোনো পাঠ বা পরীক্ষা নিয়ে আসা রেকর্ড তাঁর অগ্রগতিতে গোনা হয়। ঠিকানা:
lrs-partner = সহযোগী সংস্থা
lrs-key = কি
lrs-secret = সিক্রেট
lrs-create = কি আর সিক্রেট তৈরি করুন
audit-action-xapi-credential-create = xAPI কি তৈরি করা হয়েছে
audit-action-xapi-credential-revoke = xAPI কি বাতিল করা হয়েছে
audit-export = পুরো লগ ডাউনলোড করুন (CSV)

privacy-link = আপনার তথ্য আর আপনার অধিকার
privacy-contact-default = আপনার সহায়ক, বা অ্যাকাডেমির অফিস
privacy-years = { $shown } বছর
my-data-title = আমার তথ্য
my-data-intro = অ্যাকাডেমি আপনার সম্পর্কে যা রাখে, সব এখানে আছে। এটা শুধু আপনি আর আপনার পড়াশোনা যাঁরা চালান তাঁরা দেখেন।
my-data-download = সব ডাউনলোড করুন (JSON ফাইল)
my-data-rows = { $shown }টি রেকর্ড
my-data-erase-title = আমার তথ্য মুছে দিন
my-data-erase-text = আপনার নাম, ফোন, গ্রাম আর লগ-ইন চিরদিনের জন্য মুছে যাবে। আপনার পড়াশোনা শুধু রিপোর্টের গণনায় থাকবে, নাম ছাড়া। ফোরামে আপনার কথা থাকবে, নাম ছাড়া। এটা আর ফেরানো যাবে না।
my-data-erase-confirm = হ্যাঁ, আমার তথ্য মুছে দিন
my-data-erase-button = এখনই মুছুন
my-data-erased = আপনার তথ্য মুছে দেওয়া হয়েছে। আমাদের সঙ্গে শেখার জন্য ধন্যবাদ।
my-data-consent = আপনি { $date } তারিখে সম্মতি দিয়েছিলেন, { $by } লিখেছিলেন।
my-data-no-consent = কোনো সম্মতি লেখা নেই।
my-data-table-memberships = আপনার সংগঠন
my-data-table-statements = পড়াশোনার রেকর্ড
my-data-table-lesson-progress = খোলা আর শেষ করা পাঠ
my-data-table-module-progress = শুরু করা মডিউল
my-data-table-test-results = পরীক্ষার ফল
my-data-table-cohort-members = শেখার দল
my-data-table-session-attendance = দলের বৈঠকে উপস্থিতি
my-data-table-certificates = শংসাপত্র
my-data-table-forum-threads = আপনার শুরু করা ফোরামের বিষয়
my-data-table-forum-posts = ফোরামে লেখা
my-data-table-forum-reports = আপনার অভিযোগ করা লেখা
my-data-table-notices = আপনার জন্য খবর
my-data-table-mentor-pairs = অভিজ্ঞ সাথীর জুটি
my-data-table-mentor-messages = সাথীকে পাঠানো বার্তা
my-data-table-api-tokens = আপনার নামে API টোকেন
my-data-withdrawn = আপনার সম্মতি ফিরিয়ে নেওয়া হয়েছে। আপনার তথ্য আর কাজে লাগানো হবে না, আপনার পড়াশোনা রিপোর্টে গোনা হবে না। তথ্যও সরাতে চাইলে নিচে মুছে দিন।
my-data-withdraw-text = আপনি যেকোনো সময় সম্মতি ফিরিয়ে নিতে পারেন। তারপর আপনার তথ্য কাজে লাগানো হবে না, আপনার পড়াশোনা রিপোর্টে গোনা হবে না।
my-data-withdraw-button = আমার সম্মতি ফিরিয়ে নিন
my-data-table-consents = আপনার সম্মতি
audit-action-member-create = সদস্য নথিভুক্ত করলেন
audit-action-member-update = সদস্যের তথ্য বদলালেন
audit-action-member-roles = সদস্যের ভূমিকা বদলালেন
audit-action-member-erase = সদস্যের অনুরোধে তাঁর তথ্য মুছলেন
audit-action-consent-withdraw = সদস্য নিজের সম্মতি ফিরিয়ে নিলেন
