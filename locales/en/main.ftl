# The academy's interface in English. Keys are shared by hi, or and bn; keep the files in step.

academy-name = ASM Learning Academy
language = Language
nav-label = Main menu
nav-home = Home
nav-me = My page
nav-members = Members
nav-organisations = Organisations
nav-sign-in = Sign in
nav-sign-out = Sign out
footer = ASM Learning Academy: learning for artisanal and small-scale mining communities, women miners first.
go-home = Go to the home page
all = All
choose = Choose…
other-states = Other states and union territories
saved = Saved.
form-has-errors = Some answers need a change. Look for the red messages below.

home-title = Learn, stay safe, grow together
home-intro = The ASM Learning Academy teaches people who work in small mines and quarries: health and safety, money, rights, leadership and more, in 15 short modules.
home-women = Women miners come first here. Learn on your own phone, or with your group and a facilitator.
home-no-email = You do not need an e-mail address: sign in with your phone number or member code.
home-welcome-back = Welcome, { $name }

sign-in-title = Sign in
sign-in-login = Phone number or member code
sign-in-login-hint = For example 98765 43210 or JH-0001234
sign-in-password = Password
sign-in-help = Forgot your password? Ask your facilitator or group leader to set a new one.
sign-in-failed = That phone number or member code and password do not match. Please try again.
sign-in-wait = Too many wrong tries. Please wait { $minutes ->
    [one] { $shown } minute
   *[other] { $shown } minutes
} and try again.

me-roles = What you do here
me-code-hint = Your member code is on your card. You can sign in with it.
member-organisations = Groups and organisations
member-no-organisations = Not in any group yet.
password-title = Change password
password-current = Current password
password-new = New password
password-hint = At least 8 letters or numbers. A short sentence you remember is good.
password-save = Save new password
password-saved = Your new password is saved.
password-current-wrong = The current password is not right.
password-too-short = The new password needs at least 8 letters or numbers.

members-search = Search by name, phone or member code
members-filter = Show
members-count = { $n ->
    [one] { $shown } member
   *[other] { $shown } members
}
member-new-title = Register a member
member-edit = Change details
member-save = Save
member-roles = Roles
member-roles-save = Save roles
member-join = Add to a group (type its exact name)
member-join-button = Add
member-join-unknown = No organisation has that name. Check the spelling, or register the organisation first.
member-org-role = Place in the group
member-leave = Remove

organisations-search = Search by name
organisations-count = { $n ->
    [one] { $shown } organisation
   *[other] { $shown } organisations
}
organisation-new-title = Register an organisation
organisation-edit-title = Change organisation
organisation-filter-members = Find its members

page-prev = Previous
page-next = Next
page-of = Page { $page } of { $pages }

field-code = Member code
field-full-name = Full name
field-full-name-hint = As the member writes it, in any script.
field-phone = Mobile number (optional)
field-phone-hint = 10 digits, for example 98765 43210.
field-gender = Gender
field-birth-year = Year of birth (optional)
field-state = State
field-district = District
field-village = Village
field-place = Place
field-stakeholder = Work in mining
field-language = Preferred language
field-role = Role
field-consent = Consent to use of data
field-consent-box = The member agrees that the academy keeps these details to run her or his learning.
field-consent-by = Consent collected by
field-org-name = Name
field-org-kind = Kind of organisation
consent-given = Given, collected by { $by }
consent-none = Not recorded

problem-required = Please fill this in.
problem-too-long = Too long: at most { $max } characters.
problem-not-allowed = Please choose one of the options.
problem-bad-phone = This is not a 10-digit mobile number starting with 6, 7, 8 or 9.
problem-bad-member-code = This is not a member code like JH-0001234.
problem-bad-year = Please give a year between { $from } and { $to }.
problem-taken = Another member already has this.
problem-name-taken = An organisation with this name already exists.
problem-semicolon = Please do not use ";" in the name.

error-not-found-title = Page not found
error-not-found = There is no page at this address. It may have moved.
error-forbidden-title = Not for your role
error-forbidden = This page is for other roles. If you need it, ask an academy manager.
error-stale-form-title = Please try again
error-stale-form = This form was open too long or came from another page. Go back, reload the page and send it again.
error-internal-title = Something went wrong
error-internal = Something went wrong on our side. Please try again in a little while.

gender-woman = Woman
gender-man = Man
gender-another = Another gender
gender-unstated = Prefers not to say

stakeholder-miner = Miner
stakeholder-community-leader = Community leader
stakeholder-value-chain-agent = Trader or value-chain agent
stakeholder-private-company = Private company
stakeholder-public-company = Public sector company
stakeholder-academic = University or college
stakeholder-ngo = NGO
stakeholder-government = Government
stakeholder-other = Other

role-learner = Learner
role-facilitator = Facilitator
role-author = Content author
role-manager = Programme manager
role-admin = Administrator

org-role-member = Member
org-role-leader = Leader

org-kind-shg = Self Help Group
org-kind-afm-chapter = Association of Female Miners chapter
org-kind-cooperative = Cooperative
org-kind-company = Company
org-kind-university = University or college
org-kind-ngo = NGO
org-kind-government = Government body
org-kind-other = Other

state-OD = Odisha
state-JH = Jharkhand
state-BR = Bihar
state-CG = Chhattisgarh
state-WB = West Bengal
state-UP = Uttar Pradesh
state-AN = Andaman and Nicobar Islands
state-AP = Andhra Pradesh
state-AR = Arunachal Pradesh
state-AS = Assam
state-CH = Chandigarh
state-DH = Dadra and Nagar Haveli and Daman and Diu
state-DL = Delhi
state-GA = Goa
state-GJ = Gujarat
state-HR = Haryana
state-HP = Himachal Pradesh
state-JK = Jammu and Kashmir
state-KA = Karnataka
state-KL = Kerala
state-LA = Ladakh
state-LD = Lakshadweep
state-MP = Madhya Pradesh
state-MH = Maharashtra
state-MN = Manipur
state-ML = Meghalaya
state-MZ = Mizoram
state-NL = Nagaland
state-PY = Puducherry
state-PB = Punjab
state-RJ = Rajasthan
state-SK = Sikkim
state-TN = Tamil Nadu
state-TS = Telangana
state-TR = Tripura
state-UK = Uttarakhand

# Learning: modules, lessons, tests

nav-modules = Learn
modules-title = What you can learn
modules-intro = 15 modules. Each has short lessons, a test before you start and a final test. Start with any one.
module-number = Module { $number }
module-lessons = { $n ->
    [one] { $shown } lesson
   *[other] { $shown } lessons
}
module-progress = { $done } of { $total } lessons done
module-complete = Complete
module-complete-long = You have completed this module. Well done!
tracks-title = Learning paths
track-progress = { $done } of { $total } modules complete
module-next = What to do next
module-sign-in-to-record = Sign in so that the academy remembers what you have done.
module-pre-offer = Before the first lesson, try a short test. It shows what you already know. It is fine not to know the answers.
module-skip-pre = Skip the test and start the lessons
module-post-ready = You have done every lesson. Take the final test to complete the module.
module-choose-next = Choose your next module
module-locked = This module opens after you complete:
module-objectives = What you will learn
module-lessons-title = Lessons
module-tests = Tests
minutes = { $n ->
    [one] { $shown } minute
   *[other] { $shown } minutes
}
pass-mark = pass mark { $mark }%
score-of = { $done } out of { $total }
test-not-taken = not taken
test-take-now = take it now
test-after-lessons = after the lessons

lesson-done = You finished this lesson
lesson-finish = I have finished this lesson
lesson-check-again = Check what I learned
lesson-next = Go on
lesson-next-is = Next:
lesson-sign-in = Sign in to keep your progress
lesson-fallback = This lesson is not yet written in your language. Here it is in { $language }.
lesson-retired = This lesson is no longer part of the module. You can still read it.
listen = Listen
listen-stop = Stop
key-points = Key points
sources = Where these facts come from
language-en = English
language-hi = Hindi
language-or = Odia
language-bn = Bengali

test-pre-title = Test before you start
test-post-title = Final test
test-check-title = Check: { $lesson }
test-pre-intro = This short test shows what you know now. Later, the final test shows what you have learned.
test-choose-all = Choose every right answer.
test-submit = Send my answers
test-answer-all = Please answer every question. Your answers so far are kept.
test-changed = This test was changed while you had it open. Please answer the new questions.
test-stale = This form is out of date. Please answer again.
test-locked = This module is not open for you yet. Complete the modules it needs first.
test-pre-taken = You have already taken the test before this module. Go on with the lessons.
test-pre-too-late = The test before the module is taken before the first lesson. You have already started, so go on with the lessons.
test-post-not-yet = The final test opens when you have finished every lesson of this module.
back-to-module = Back to the module
answer-true = True
answer-false = False

result-pre = Thank you. Now start the lessons. The final test will show how much you have learned.
result-passed = You passed.
result-failed = Not passed yet. Read the lessons again and try once more. You can take the test as many times as you need.
result-try-again = Try again
result-answers = Your answers
result-right = Right
result-wrong = Not right
result-correct-is = The right answer:
result-question-removed = This question has since been removed from the test.
result-next-lesson = Next lesson: { $lesson }
result-next-post = Take the final test
result-next-module = Back to the module
result-next-revise = Go over the lessons
result-next-me = See your progress

me-continue = Continue where you left off
me-start = Choose a module to start
me-modules-done = Modules you have completed
me-none-done = None yet.
me-tests = Tests you have taken
me-no-tests = None yet.
me-certificates = Certificates
me-no-certificates = When you complete a module, its certificate will be shown here.

# Field work: cohorts, sessions, attendance, paper tests

nav-field = Field work
field-title = Your groups and sessions
field-today = Today
field-upcoming = Coming sessions
field-no-sessions-today = No session today.
field-no-sessions = No session planned.
field-cohorts = Your cohorts
field-no-cohorts = You have no cohort yet. Start one for a group you teach.
field-missed-two = Missed the last two sessions:
cohort-new-title = Start a cohort
cohort-name = Name of the group
cohort-organisation = Self Help Group or organisation (exact name, optional)
cohort-modules = Modules the group will learn
cohort-choose-modules = Choose at least one module.
cohort-facilitators = Facilitators
cohort-sessions = Sessions
cohort-completed = { $done } of { $total } members completed
cohort-add-member = Add a member (member code or phone number)
cohort-add-as-facilitator = Add as a facilitator of this group
cohort-member-unknown = No member has that code or phone number. Register them as a walk-in at a session.
cohort-not-facilitator = This member is not a facilitator. An administrator can give the role.
session-new-title = Plan a session
session-date = Date
session-time = Time
session-place = Place
session-latitude = GPS latitude (optional)
session-longitude = GPS longitude (optional)
session-bad-gps = Give both numbers of a GPS point in India, for example 24.47 and 85.60.
session-module = Module
session-lessons = Lessons covered
session-notes = Notes
session-attendance = Who came
session-present = { $done } of { $total } present
session-save-attendance = Save attendance
session-in-future = This session has not started yet. Take attendance on the day.
session-not-in-cohort = Someone ticked is not a member of this cohort. Add them to the cohort or register them as a walk-in.
session-paper-tests = Tests on paper
session-back = Back to the session
walk-in-title = Add someone who came (walk-in)
walk-in-add = Register and mark present
walk-in-consent-needed = Ask the member and tick that she or he agrees.
group-test-intro = Type each person's score from the paper sheet: the number of right answers, from 0 to { $max }. Leave blank for those who did not take it.
group-test-nobody = Take attendance first: the test is entered for those present.
group-test-save = Save scores
group-test-bad-score = The score for { $name } must be a number from 0 to { $max }. Nothing was saved.

# Printed pages

roster-print = Print the roster (PDF)
roster-number = No.
roster-present = Present
roster-signature = Facilitator's signature:
sheet-print = answer sheet (PDF)
sheet-how = For each question, write the letter of the answer chosen (a, b, c, d; T for true, F for false).
sheet-score = Score

# Member cards and PINs

card-title = Member card
card-how = Scan the code or type the member code, then the 4-digit PIN.
card-print = Print the card
card-reissue-why = Card lost? A new card gets a new code; the old card stops working.
card-reissue = Make a new card
card-replaced = This card has been replaced by a new one. Ask your facilitator for your new card.
card-sign-in-title = Sign in with your member card
card-use-password = Sign in with a password instead
pin-title = PIN for signing in
pin-is-set = A PIN is set.
pin-not-set = No PIN yet: set one with the member.
pin-is-locked = The card is locked after too many wrong PINs. Set a new PIN to open it again.
pin-new = New PIN (4 digits)
pin-again = The same PIN again
pin-save = Save PIN
pin-four-digits = A PIN is exactly 4 digits.
pin-differ = The two PINs are not the same.
pin-enter = PIN (4 digits)
pin-failed = That member code and PIN do not match.
pin-locked = Too many wrong PINs: this card is locked. Your facilitator can set a new PIN.
pin-wait = Too many wrong tries from this place. Please wait a little and try again.

# Spreadsheets for paper records

csv-attendance = attendance spreadsheet (CSV)
csv-results = scores spreadsheet (CSV)
upload-title = Send a filled-in spreadsheet
upload-send = Send
upload-nothing-saved = Nothing was saved: please correct these rows and send the file again.
group-test-answers = type the answers one by one

# Reports

nav-reports = Reports
report-title = Who is learning what
report-definitions = What each figure means
report-women-this-quarter = Women in Jharkhand, health and safety, this quarter
report-age = Age
report-period = Period
report-period-hint = A year (2026), a quarter (2026-Q3) or a month (2026-11). Leave empty for all time.
report-by = Rows by
report-members = members
report-women = women
report-active-30 = active in the last 30 days
report-active-90 = active in the last 90 days
report-lessons = lessons completed
report-modules = modules completed
report-sessions = group sessions held
report-average-attendance = average attendance
report-attended = session attendances
report-table = Figures by group
report-group = Group
report-not-stated = Not stated
report-download-csv = Download as a spreadsheet (CSV)
report-gain-title = Knowledge gain per module
report-gain-hint = Members who took both tests: their first test before the module and their best final test, in per cent.
report-no-gain = No member has taken both tests yet.
report-module = Module
report-took-both = took both tests
report-pre = before
report-post = after
report-gain = gain
report-women-took-both = women who took both tests
report-women-gain = gain for women
report-by-month = Modules completed, by month
indicator-members = Members registered
indicator-members-how = Members who joined the academy in the period and match the filters; with no period, everyone in the member registry.
indicator-women = Share of women
indicator-women-how = Members whose gender is recorded as woman, divided by all members in the same rows.
indicator-active = Active learners (30 and 90 days)
indicator-active-how = Members with at least one learning record (a lesson opened or done, a test, an attendance) in the last 30 or 90 days before today. Rows that are months, quarters or years show a dash here.
indicator-lessons = Lessons completed
indicator-lessons-how = Lessons marked done in the period, online or in a group session; a lesson counts once per member.
indicator-modules = Modules completed
indicator-modules-how = Modules whose lessons were all done and whose final test was passed, counted in the period in which the module was completed.
indicator-sessions = Group sessions held
indicator-sessions-how = Sessions for which attendance was taken in the period, in the cohorts that match the place filters.
indicator-attendance = Attendance and average attendance
indicator-attendance-how = Each person marked present at a session is one attendance. The average is attendances divided by sessions held.
indicator-gain = Knowledge gain
indicator-gain-how = For each module, the members who took both tests: the mean of their best final test minus the mean of their first test before the module, in percentage points, with n, the number of members counted. Each member counts in the month of their first final test. Each score is rounded to a hundredth of a per cent before the means.
indicator-small = Small numbers
indicator-small-how = In downloaded tables, fewer than 5 people are shown as "< 5", so that no one can be picked out.
report-shared-note = Figures for this group's members. Fewer than 5 people are shown as "< 5".
report-for-group = This group's report
report-download-xlsx = Download as a workbook (XLSX)
donor-title = Results framework table
donor-hint = The standard indicators for funders, for everyone, for women and men, and for women in each of the academy's states. Fewer than 5 people are shown as "< 5"; a knowledge gain behind fewer than 5 people is left empty.
donor-indicator = Indicator
donor-members = People registered as members
donor-active = People who learned in the last 90 days
donor-modules = Modules completed
donor-attendances = Attendances at group sessions
donor-trained = People trained in { $module } (module completed)
donor-gain = Knowledge gain (percentage points, final test minus first test)

# Certificates

certificate-heading = Certificate of completion
certificate-this-is = This certifies that
certificate-completed = has completed the module
certificate-date = Date
certificate-print = Print (PDF)
certificate-check = Check online
certificate-revoke = Revoke
certificate-revoke-reason = Reason for revoking
certificate-reason-needed = Give the reason for revoking the certificate.
verify-title = Certificate check
verify-valid = This certificate is valid.
verify-revoked = This certificate has been revoked.
verify-achievement = Completed
report-certificates = certificates issued
donor-certificates = Certificates issued
indicator-certificates = Certificates issued
indicator-certificates-how = Certificates given in the period for completed modules, not counting any that were revoked.
indicator-age = Age band
indicator-age-how = Age in years, worked out from the year of birth in the year of the activity: for members, the year they joined; for active learners, this year. Members with no year of birth are counted as "not stated".
report-bad-filter = { $field } "{ $value }" was not understood, so the report does not use it.
report-organisation = Organisation (its name)
report-cohort = Cohort
report-by-month-rows = Month
report-by-quarter-rows = Quarter
report-by-year-rows = Year
report-members-table = One row per member
report-last-active = Last active
cohort-issue-title = Issue certificates for this group
cohort-issue-hint = For members who learned together and took their tests on paper. Each certificate is signed like any other, and the note is kept in the audit log.
cohort-issue-note = Why (kept in the audit log)
cohort-issue-button = Issue certificates
cohort-issue-module-needed = Choose one of the group's modules.
cohort-issue-members-needed = Tick at least one member.
cohort-issue-note-needed = Write why these certificates are issued by hand.
audit-title = Audit log
audit-when = When
audit-who = Who
audit-what = What
audit-subject = To what
audit-detail = Reason or note
audit-action-certificate-issue = Certificate issued by hand
audit-action-certificate-revoke = Certificate revoked
audit-empty = Nothing has been recorded yet.
certificate-credential = Download the signed credential (Open Badges 3.0, JSON)
certificate-credential-hint = A file a bank, an employer or a digital wallet can check on its own: it carries the academy's signature, and the academy's public keys are at /.well-known/did.json.
certificate-picture = Picture for the phone
check-offline-ok = The QR code's signature checks: the ASM Learning Academy issued this certificate.
check-offline-bad = The QR code's signature does not check. Do not trust this paper; check it online.
check-offline-note = Checked on this phone, without the internet. Whether it was revoked later shows only online.
check-offline-intro = Scan a certificate's QR code with this phone: once this page has been opened, it checks certificates even without the internet.

## Sync with field nodes
sync-title = Sync and field laptops
sync-nodes = Field laptops of this academy
sync-no-nodes = No field laptop is registered yet.
sync-node-name = Name
sync-node-scope = Districts and cohorts
sync-node-seen = Last sync
sync-node-revoked = Revoked
sync-node-revoke = Revoke
sync-node-new = Register a field laptop
sync-node-districts = Districts (comma between them)
sync-node-cohorts = Cohort ids (comma between them)
sync-node-scope-hint = The laptop gets the members of these districts and cohorts, and all staff.
sync-node-register = Register
sync-node-needs = Give a name and at least one district or cohort.
sync-bad-cohort = There is no cohort { $cohort }.
sync-token-once = Copy this token now. It is shown only once.
sync-token-how = On the laptop, open this page and enter the address of this academy and the token, or run: academy sync --remote ADDRESS --token TOKEN
sync-as-node = This academy as a field laptop
sync-not-node = This academy does not sync with a central academy.
sync-remote = Address of the central academy
sync-token = Token
sync-set-peer = Save and sync
sync-last = Last sync
sync-never = Never
sync-last-error = Last problem
sync-now = Sync now
sync-done = Synced: { $sent } changes sent, { $received } received.
sync-duplicates = Possibly the same person
sync-no-duplicates = No records look like the same person.
sync-duplicates-hint = These records were made in different places. Open both and check with the member.
sync-duplicate-phone = same phone number
sync-duplicate-name = same name, birth year and village

## Learning offline on the phone
offline-waiting = { $n } answers are kept on this phone. They will be sent when the phone is online.
offline-saved-answers = No network: your answers are kept on this phone. They will be sent when the phone is online.
offline-sent = Your answers kept on this phone have been sent.
offline-sign-in = Sign in again to send the answers kept on this phone.
offline-failed = The answers kept on this phone could not be sent yet. They will be tried again.
offline-save-module = Save this module on the phone ({ $size } MB)
offline-saving = Saving…
offline-saved-module = Saved on this phone
offline-title = No network
offline-not-kept = This page is not saved on this phone. Pages you opened before, and modules you saved, still open.
offline-how = To learn without a network, open a module while online and press "Save this module on the phone".

## Merging people registered twice
sync-merge-into = Same person: keep { $name }
sync-keep-apart = Two different people
audit-action-member-merge = Merged two records of one person
audit-action-member-keep-apart = Kept two records apart
audit-action-node-register = Registered a field laptop
audit-action-node-revoke = Revoked a field laptop

## Knowledge exchange: forums, questions to experts, moderation, notices, search, library, mentoring

role-expert = Expert
role-moderator = Forum moderator
nav-forums = Forums
nav-notices = News
forums-title = Forums
forums-intro = Ask, answer and share what you know with miners, leaders, experts and facilitators.
forums-general = For everyone
forums-modules = One forum for each module
forum-name-general = Talk about anything
forum-name-women = Women's circle
forum-name-markets = Selling, prices and jobs
forum-women-only = Women only
forum-women-only-about = Only women members and moderators can see this forum.
forum-threads = { $n ->
    [one] { $shown } topic
   *[other] { $shown } topics
}
forum-unread = { $n ->
    [one] { $shown } new
   *[other] { $shown } new
}
forum-replies = { $n ->
    [one] { $shown } reply
   *[other] { $shown } replies
}
forum-reports = { $n ->
    [one] { $shown } report
   *[other] { $shown } reports
}
forum-empty = Nothing here yet. Be the first to ask.
forum-new = New
forum-ask = Ask or share something
forum-module-lessons = Lessons of this module
forum-question = Question
forum-answered = Answered
forum-waiting-answer = Waiting for an answer
forum-accepted = Best answer
forum-expert = Expert
forum-anonymous = Name hidden
forum-status-held = Waiting for a moderator
forum-status-hidden = Hidden by a moderator
forum-title-field = Your question or topic, in a few words
forum-body-field = What do you want to say?
forum-body-hint = Write in any language. To quote, start a line with >. To point to a lesson, paste its address. To call someone, write @ and their member code.
forum-image-field = A photo (not required)
forum-image-alt = Photo shared by { $name }
forum-is-question = This is a question for the experts
forum-anonymous-field = Ask without showing my name
forum-anonymous-hint = Nobody will see your name, not even the moderators. Only for a serious reason, such as a court order, can an administrator show it to the moderators, and that is written down. You will still get the answers.
forum-post = Send
forum-reply = Your reply
forum-quote = Quote
forum-report = Report to a moderator
forum-report-why = What is wrong with this post?
forum-report-done = Thank you. A moderator will look at it.
forum-back-to-thread = Back to the talk
forum-accept = This answer helped me
forum-held-notice = Thank you. Your post will be shown once a moderator has read it.
forum-muted = You cannot write in the forums for now. A moderator has paused your posts.
forum-reveal = Show the name to moderators
forum-reveal-reason = Why must the name be shown? This is written in the audit log.
upload-too-large = This file is too big. Send a smaller one.
upload-not-picture = This is not a photo. Send a JPG, PNG or WebP picture.
questions-title = Questions waiting for an expert
questions-intro = These questions have no answer from an expert yet. The oldest come first.
moderation-title = Moderation
moderation-queue = Posts to check
moderation-nothing = Nothing to check. Thank you.
moderation-reason = Reason
moderation-hide = Hide
moderation-restore = Show again
moderation-approve = Let it through
moderation-keep = Keep it
moderation-mutes = Paused members
moderation-no-mutes = Nobody is paused.
moderation-member-code = Member code
moderation-days = For how many days? (empty: until someone lifts it)
moderation-mute = Pause this member's posts
moderation-unmute = Lift the pause
moderation-until-lifted = until lifted
moderation-settings = Settings
moderation-hold-first = Hold the first post of each new member until a moderator reads it
moderation-no-such-member = No member has this code.
moderation-bad-days = Write a number of days from 1 to 3650, or leave it empty.
moderation-reason-needed = Please write a reason.
notices-title = News for you
notices-empty = Nothing new for you yet.
notice-reply = { $who } replied to “{ $title }”
notice-answer = { $who } answered your question “{ $title }”
notice-accepted = Your answer to “{ $title }” was chosen as the best answer
notice-mention = { $who } called you in “{ $title }”
notice-message = New message from { $who }
search-title = Search
search-label = Search lessons, forums and the library
search-placeholder = Search
search-button = Search
search-hint = Write one or more words in English, Hindi, Odia or Bengali.
search-found = { $n ->
    [one] { $shown } result
   *[other] { $shown } results
}
search-in-all = Everything
search-in-lessons = Lessons
search-in-posts = Forums
search-in-library = Library
search-kind-lesson = Lesson
search-kind-post = Forum
search-kind-resource = Library
search-sign-in-for-posts = Sign in to search the forums too.
library-title = Library
library-intro = Posters, guides, forms and recordings to learn from and to share.
library-add = Add a file
library-any = All
library-module = Module
library-no-module = No module
library-language = Language
library-empty = No files here yet.
library-file = The file
library-file-hint = PDF documents, photos (JPG, PNG, WebP) or recordings (MP3, M4A, Ogg, AMR, WAV). At most 10 MB, photos at most 3 MB.
library-file-needed = Choose a file.
library-file-kind = The academy cannot take this kind of file. Send a PDF, a photo or a recording.
library-title-field = Title
library-description = What is in it? (not required)
library-upload = Add to the library
library-download = Open or download
library-by = Added by { $name } on { $when }
library-hidden = This file is hidden. Only managers and moderators can see it.
library-hide = Hide this file
library-restore = Show this file again
library-kind-document = Document
library-kind-image = Picture
library-kind-audio = Recording
mentoring-title = Mentoring
mentoring-intro = An experienced member walks with a newer one: questions, advice, courage.
mentoring-none = You have no mentor or mentee yet. Ask your facilitator or manager.
mentoring-all = All pairs
mentoring-new = Make a pair
mentoring-mentor-code = Member code of the mentor
mentoring-mentee-code = Member code of the newer member
mentoring-pair = Pair them
mentoring-already = These two are already a pair, or it is the same person.
mentoring-end = End this pairing
mentoring-pair-mentor = Mentor: { $name }
mentoring-pair-mentee = With: { $name }
mentoring-you-mentor = You are the mentor
mentoring-you-mentee = This is your mentor
mentoring-private = Only the two of you can read this.
mentoring-progress = Modules done
mentoring-not-shared = Progress is shown when both of you say yes.
mentoring-waiting-other = You said yes. Waiting for the other person.
mentoring-share = Show my progress
mentoring-stop-sharing = Stop showing my progress
mentoring-messages = Messages
mentoring-no-messages = No messages yet. Say hello.
mentoring-write = Your message
mentoring-send = Send
audit-action-forum-hide = Hid a forum post
audit-action-forum-restore = Showed a forum post again
audit-action-forum-approve = Let a held post through
audit-action-forum-accept = Chose the best answer for someone
audit-action-forum-mute = Paused a member's posts
audit-action-forum-unmute = Lifted a pause
audit-action-forum-reveal = Showed an anonymous asker's name
audit-action-library-hide = Hid a library file
audit-action-library-restore = Showed a library file again
audit-action-mentor-pair = Paired a mentor
audit-action-mentor-end = Ended a mentoring pair
audit-action-forum-settings = Changed the forum settings
search-found-many = More than { $shown } results, newest first. Add a word to find fewer.

## The JSON API's tokens
api-title = API tokens
api-intro = Partners' programs read the academy through its JSON API with a personal access token. A token acts for one member and can never do more than that member may; its scopes narrow it further. The API is described here:
api-token-once = The new token is below. Copy it now: it is shown only this once.
api-name = Name
api-member = For
api-member-code = Member code of the person the token acts for
api-scopes = Scopes
api-created = Made
api-last-used = Last used
api-revoked = Revoked
api-revoke = Revoke
api-new = Make a token
api-create = Make the token
api-choose-scope = Choose at least one scope.
audit-action-api-token-create = Made an API token
audit-action-api-token-revoke = Revoked an API token
lrs-title = Learning Record Store (xAPI)
lrs-intro = Outside e-learning content reports what learners did to the academy's xAPI 1.0.3 Learning Record Store, with a key and a secret for each partner. Statements about a member and one of the academy's lessons or tests count toward her progress. The address:
lrs-partner = Partner
lrs-key = Key
lrs-secret = Secret
lrs-create = Make a key and secret
audit-action-xapi-credential-create = Made xAPI credentials
audit-action-xapi-credential-revoke = Revoked xAPI credentials
audit-export = Download the whole log (CSV)

privacy-link = Your information and your rights
privacy-contact-default = your facilitator, or the academy's office
privacy-years = { $years ->
    [one] { $shown } year
   *[other] { $shown } years
}
my-data-title = My data
my-data-intro = Everything the academy keeps about you. Only you and the people who run your learning see it.
my-data-download = Download all of it (JSON file)
my-data-rows = { $count ->
    [one] { $shown } record
   *[other] { $shown } records
}
my-data-erase-title = Erase my details
my-data-erase-text = Your name, phone, village and sign-in are removed for ever. Your learning stays only as numbers in reports, with no name. Your forum posts stay, with no name. You cannot undo this.
my-data-erase-confirm = Yes, erase my details
my-data-erase-button = Erase now
my-data-erased = Your details are erased. Thank you for learning with us.
my-data-consent = You agreed on { $date }, collected by { $by }.
my-data-no-consent = No consent is recorded.
my-data-table-memberships = Organisations you belong to
my-data-table-statements = Learning records
my-data-table-lesson-progress = Lessons opened and finished
my-data-table-module-progress = Modules started
my-data-table-test-results = Test results
my-data-table-cohort-members = Learning groups
my-data-table-session-attendance = Group sessions attended
my-data-table-certificates = Certificates
my-data-table-forum-threads = Forum topics you started
my-data-table-forum-posts = Forum posts
my-data-table-forum-reports = Posts you reported
my-data-table-notices = Notices to you
my-data-table-mentor-pairs = Mentoring pairs
my-data-table-mentor-messages = Messages to your mentor or mentee
my-data-table-api-tokens = API tokens in your name
my-data-withdrawn = Your consent is withdrawn. Your details are no longer used, and your learning is no longer counted in reports. To remove your details too, erase them below.
my-data-withdraw-text = Take back your consent at any time. Then your details are no longer used, and your learning is not counted in reports.
my-data-withdraw-button = Take back my consent
my-data-table-consents = Your consent
audit-action-member-create = Registered a member
audit-action-member-update = Changed a member's details
audit-action-member-roles = Changed a member's roles
audit-action-member-erase = Erased a member at her or his request
audit-action-consent-withdraw = A member took back her or his consent
