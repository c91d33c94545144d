<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <source>Create an empty database file and open it</source>
        <translation>إنشاء ملف قاعدة بيانات فارغ وفتحه</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>فتح ملف قاعدة بيانات آخر</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>نسخ احتياطي &amp;الآن</translation>
    </message>
    <message>
        <source>Copy the database to a dated backup file next to it</source>
        <translation>نسخ قاعدة البيانات إلى ملف احتياطي مؤرَّخ بجانبها</translation>
    </message>
    <message>
        <source>&amp;Merge another database…</source>
        <translation>&amp;دمج قاعدة بيانات أخرى…</translation>
    </message>
    <message>
        <source>Bring in the records of a database filled on another computer</source>
        <translation>جلب سجلات قاعدة بيانات مُلئت على حاسوب آخر</translation>
    </message>
    <message>
        <source>&amp;Verify history</source>
        <translation>ال&amp;تحقق من السجل</translation>
    </message>
    <message>
        <source>Check that no entry of the audit log and no record was changed outside the app</source>
        <translation>التحقق من أن أي مدخلة في سجل التدقيق وأي سجل لم يُعدَّل خارج البرنامج</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;قفل الآن</translation>
    </message>
    <message>
        <source>Close the encrypted database and forget its key until its passphrase is typed</source>
        <translation>إغلاق قاعدة البيانات المشفّرة ونسيان مفتاحها حتى تُكتب عبارة مرورها</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Search everything</source>
        <translation>&amp;بحث في كل شيء</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;About casualtydb</source>
        <translation>&amp;حول casualtydb</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح &amp;حديثًا</translation>
    </message>
</context>
<context>
    <name>ActorDialog</name>
    <message>
        <source>Actor</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>جهة جديدة</translation>
    </message>
    <message>
        <source>Name (&amp;Arabic)</source>
        <translation>الاسم (بال&amp;عربية)</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>الاسم (بالإ&amp;نكليزية)</translation>
    </message>
    <message>
        <source>Other &amp;names</source>
        <translation>أسماء &amp;أخرى</translation>
    </message>
    <message>
        <source>One per line: how reports also call this party.</source>
        <translation>اسم في كل سطر: كيف تسمّي التقارير هذا الطرف أيضًا.</translation>
    </message>
    <message>
        <source>e.g. state forces, armed group</source>
        <translation>مثلًا: قوات حكومية، جماعة مسلحة</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
</context>
<context>
    <name>ActorsEditor</name>
    <message>
        <source>Actor</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>— add an actor —</source>
        <translation>— إضافة جهة —</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>ActorsPage</name>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>لا جهات</numerusform>
            <numerusform>جهة واحدة</numerusform>
            <numerusform>جهتان</numerusform>
            <numerusform>%Ln جهات</numerusform>
            <numerusform>%Ln جهة</numerusform>
            <numerusform>%Ln جهة</numerusform>
        </translation>
    </message>
    <message>
        <source>No actor matches. &lt;a href=&quot;clear&quot;&gt;Clear the filter&lt;/a&gt;.</source>
        <translation>لا توجد جهة مطابقة. &lt;a href=&quot;clear&quot;&gt;امسح عامل التصفية&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No actors yet. &lt;a href=&quot;new&quot;&gt;Add one&lt;/a&gt;.</source>
        <translation>لا توجد جهات بعد. &lt;a href=&quot;new&quot;&gt;أضف جهة&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database cannot be opened:
%1</source>
        <translation>تعذّر فتح قاعدة البيانات:
%1</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>&amp;Add file…</source>
        <translation>إ&amp;ضافة ملف…</translation>
    </message>
    <message>
        <source>Op&amp;en</source>
        <translation>ف&amp;تح</translation>
    </message>
    <message>
        <source>Save the report first, then attach screenshots, saved pages, photos or recordings to it.</source>
        <translation>احفظ التقرير أولاً، ثم أرفق به لقطات الشاشة أو الصفحات المحفوظة أو الصور أو التسجيلات.</translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation>التُقط %1</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached, each with its SHA-256.</source>
        <translation>
            <numerusform>أُرفق %Ln ملف، لكلٍّ منها بصمته SHA-256.</numerusform>
            <numerusform>أُرفق %Ln ملف، لكلٍّ منها بصمته SHA-256.</numerusform>
            <numerusform>أُرفق %Ln ملف، لكلٍّ منها بصمته SHA-256.</numerusform>
            <numerusform>أُرفق %Ln ملف، لكلٍّ منها بصمته SHA-256.</numerusform>
            <numerusform>أُرفق %Ln ملف، لكلٍّ منها بصمته SHA-256.</numerusform>
            <numerusform>أُرفق %Ln ملف، لكلٍّ منها بصمته SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attaching…</source>
        <translation>جارٍ الإرفاق…</translation>
    </message>
    <message>
        <source>Opened a temporary copy; it is deleted when this window closes.</source>
        <translation>فُتحت نسخة مؤقتة؛ تُحذف عند إغلاق هذه النافذة.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 ك.ب</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 م.ب</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <source>&amp;Victims</source>
        <translation>ال&amp;ضحايا</translation>
    </message>
    <message>
        <source>&amp;Minimum</source>
        <translation>ال&amp;حد الأدنى</translation>
    </message>
    <message>
        <source>Digits 0-9 or ٠-٩. Equal to the maximum when the report gives one number.</source>
        <translation>أرقام 0-9 أو ٠-٩. يساوي الحد الأعلى إذا ذكر التقرير رقمًا واحدًا.</translation>
    </message>
    <message>
        <source>Ma&amp;ximum</source>
        <translation>الحد الأ&amp;على</translation>
    </message>
    <message>
        <source>Empty for &quot;at least&quot; the minimum.</source>
        <translation>اتركه فارغًا إذا قال التقرير «على الأقل» الحد الأدنى.</translation>
    </message>
    <message>
        <source>A&amp;pproximate</source>
        <translation>ت&amp;قريبي</translation>
    </message>
    <message>
        <source>The report says &quot;about&quot;</source>
        <translation>يقول التقرير «نحو» أو «قرابة»</translation>
    </message>
    <message>
        <source>&amp;Words instead of a number</source>
        <translation>&amp;عبارة بدل الرقم</translation>
    </message>
    <message>
        <source>e.g. «العشرات» (dozens), when the report gives no figure.</source>
        <translation>مثلًا «العشرات»، عندما لا يذكر التقرير رقمًا.</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>ال&amp;اقتباس</translation>
    </message>
    <message>
        <source>C&amp;redibility</source>
        <translation>م&amp;صداقية المعلومة</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>غير مقيَّمة</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Reliability of the source (Admiralty scale, A to F)</source>
        <translation>موثوقية المصدر (سلّم الأدميرالية، من A إلى F)</translation>
    </message>
    <message>
        <source>Credibility of the claim (Admiralty scale, 1 to 6)</source>
        <translation>مصداقية الادعاء (سلّم الأدميرالية، من 1 إلى 6)</translation>
    </message>
    <message>
        <source>Tick the claims the assessment relies on</source>
        <translation>علّم الادعاءات التي يستند إليها التقييم</translation>
    </message>
</context>
<context>
    <name>ClaimsTable</name>
    <message>
        <source>killed or injured (choose)</source>
        <translation>قتلى أو جرحى (اختر)</translation>
    </message>
</context>
<context>
    <name>ClaimsTableModel</name>
    <message>
        <source>OK</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <source>About</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Words in the report</source>
        <translation>الكلمات في التقرير</translation>
    </message>
    <message>
        <source>Confirmed: only confirmed claims are saved (Space toggles)</source>
        <translation>مؤكَّد: لا يُحفظ إلا الادعاء المؤكَّد (مفتاح المسافة يبدّل)</translation>
    </message>
    <message>
        <source>The figure, or the lower bound (“at least”)</source>
        <translation>الرقم، أو حدّه الأدنى («على الأقل»)</translation>
    </message>
    <message>
        <source>The upper bound; empty when the report gives none (“at least”, “more than”)</source>
        <translation>الحد الأعلى؛ يبقى فارغاً إن لم يذكر التقرير حداً أعلى («على الأقل»، «أكثر من»)</translation>
    </message>
    <message>
        <source>The report says “about”, “nearly”</source>
        <translation>يقول التقرير «نحو» أو «ما يقارب»</translation>
    </message>
    <message>
        <source>The incident the claim is about: a new one, or one already recorded</source>
        <translation>الحادثة التي يخصّها الادعاء: حادثة جديدة، أو حادثة مسجّلة من قبل</translation>
    </message>
    <message>
        <source>part of claim %1</source>
        <translation>جزء من الادعاء %1</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>غير مؤكَّد</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>الاسم الآخر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>يُسمّى أيضًا</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Held responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>القتلى</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>الجرحى</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>يقع ضمن</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>الرمز (P-code)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>موثوقية المصدر</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>ينقل عن</translation>
    </message>
    <message>
        <source>Latest report</source>
        <translation>آخر تقرير</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Fate</source>
        <translation>المصير</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved this record</source>
        <translation>حفظ شخص آخر هذا السجل</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>%1 saved this record at %2 while you were editing it.</source>
        <translation>حفظ %1 هذا السجل في %2 بينما كنت تحرّره.</translation>
    </message>
    <message>
        <source>%1 saved this record while you were editing it.</source>
        <translation>حفظ %1 هذا السجل بينما كنت تحرّره.</translation>
    </message>
    <message>
        <source>Nothing of yours is lost: choose, for each field, which value to keep.</source>
        <translation>لم يضع شيء مما كتبته: اختر لكل حقل القيمة التي تبقى.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>عندما فتحته</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>قيمتهم</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>قيمتك</translation>
    </message>
    <message>
        <source>You both changed this field.</source>
        <translation>غيّر كلاكما هذا الحقل.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>أبقِ قيمي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>خذ قيمهم</translation>
    </message>
    <message>
        <source>Save as chosen</source>
        <translation>احفظ كما اخترت</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>changed in both databases: %1</source>
        <translation>عُدّل في القاعدتين: %1</translation>
    </message>
    <message>
        <source>deleted here, changed in the other database</source>
        <translation>حُذف هنا وعُدّل في القاعدة الأخرى</translation>
    </message>
    <message>
        <source>deleted in the other database, changed or still used here</source>
        <translation>حُذف في القاعدة الأخرى، وعُدّل هنا أو ما زال مستخدمًا</translation>
    </message>
    <message>
        <source>settled: this database&apos;s version</source>
        <translation>حُسم: نسخة هذه القاعدة</translation>
    </message>
    <message>
        <source>settled: the other version</source>
        <translation>حُسم: النسخة الأخرى</translation>
    </message>
    <message>
        <source>record kept</source>
        <translation>السجل محفوظ</translation>
    </message>
    <message>
        <source>has this database&apos;s version</source>
        <translation>يحمل نسخة هذه القاعدة</translation>
    </message>
    <message>
        <source>has the other version</source>
        <translation>يحمل النسخة الأخرى</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (best %2)</source>
        <translation>%1 (الأرجح %2)</translation>
    </message>
    <message>
        <source>earlier figure (revised)</source>
        <translation>رقم سابق (عُدّل لاحقًا)</translation>
    </message>
    <message>
        <source>relays %1: not independent</source>
        <translation>ينقل عن %1: ليس مستقلًا</translation>
    </message>
    <message>
        <source>same source as %1: counted once</source>
        <translation>المصدر نفسه كـ%1: يُحسب مرة واحدة</translation>
    </message>
    <message>
        <source>probably not independent: %1 % of the text copies %2</source>
        <translation>على الأرجح ليس مستقلًا: %1 % من النص منقول عن %2</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>مستقل</translation>
    </message>
    <message>
        <source>%1 accepted responsibility</source>
        <translation>تبنّى %1 المسؤولية</translation>
    </message>
    <message>
        <source>several parties claimed responsibility: %1</source>
        <translation>تبنّت عدة أطراف المسؤولية: %1</translation>
    </message>
    <message>
        <source>%1 denied responsibility</source>
        <translation>نفى %1 المسؤولية</translation>
    </message>
    <message>
        <source>reports blame different parties: %1</source>
        <translation>تحمّل التقارير أطرافًا مختلفة المسؤولية: %1</translation>
    </message>
    <message>
        <source>reports disagree on who the victims were</source>
        <translation>تختلف التقارير في هوية الضحايا</translation>
    </message>
    <message>
        <source>%1 nearly copies %2: probably not independent</source>
        <translation>%1 ينقل نص %2 شبه حرفي: على الأرجح ليس مستقلًا</translation>
    </message>
    <message>
        <source>%1 relays another report</source>
        <translation>%1 ينقل عن تقرير آخر</translation>
    </message>
    <message numerus="yes">
        <source>%n credible independent source(s)</source>
        <translation>
            <numerusform>لا مصادر مستقلة موثوقة</numerusform>
            <numerusform>مصدر مستقل موثوق واحد</numerusform>
            <numerusform>مصدران مستقلان موثوقان</numerusform>
            <numerusform>%Ln مصادر مستقلة موثوقة</numerusform>
            <numerusform>%Ln مصدرًا مستقلًا موثوقًا</numerusform>
            <numerusform>%Ln مصدر مستقل موثوق</numerusform>
        </translation>
    </message>
    <message>
        <source>a single credible independent source</source>
        <translation>مصدر مستقل موثوق واحد</translation>
    </message>
    <message>
        <source>no credible independent source</source>
        <translation>لا مصدر مستقلًا موثوقًا</translation>
    </message>
    <message>
        <source>no claims yet</source>
        <translation>لا ادعاءات بعد</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>الفجوة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>المُدّعى</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>المستخلص</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>How far apart the claims are: (highest minimum − lowest maximum) / highest minimum</source>
        <translation>مدى تباعد الادعاءات: (أعلى حدّ أدنى − أدنى حدّ أعلى) ÷ أعلى حدّ أدنى</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Relied on</source>
        <translation>مُستنَد إليه</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Rel.</source>
        <translation>الموثوقية</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>تاريخ الذكر</translation>
    </message>
    <message>
        <source>Cred.</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>الاستقلالية</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Show reconciled</source>
        <translation>إظهار المحسومة</translation>
    </message>
    <message>
        <source>&amp;Rescan</source>
        <translation>إعادة ال&amp;فحص</translation>
    </message>
    <message>
        <source>Recompute every incident&apos;s figures and statuses from the claims</source>
        <translation>إعادة حساب أرقام كل الحوادث وحالاتها من الادعاءات</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>الحسم</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>الأ&amp;دنى</translation>
    </message>
    <message>
        <source>&amp;Best</source>
        <translation>الأ&amp;رجح</translation>
    </message>
    <message>
        <source>&amp;High</source>
        <translation>الأ&amp;على</translation>
    </message>
    <message>
        <source>no upper bound</source>
        <translation>بلا حد أعلى</translation>
    </message>
    <message>
        <source>Why these figures (required): which sources you relied on and why; tick the claims relied on in the table above.</source>
        <translation>لماذا هذه الأرقام (إلزامي): على أي المصادر استندت ولماذا؛ علّم الادعاءات المستند إليها في الجدول أعلاه.</translation>
    </message>
    <message>
        <source>Record &amp;assessment</source>
        <translation>تسجيل ال&amp;تقييم</translation>
    </message>
    <message>
        <source>&amp;Undo assessment</source>
        <translation>ت&amp;راجع عن التقييم</translation>
    </message>
    <message>
        <source>Withdraw the assessment in force (kept in the history); the conflict opens again</source>
        <translation>سحب التقييم النافذ (يبقى في السجل)؛ فيعود التعارض مفتوحًا</translation>
    </message>
    <message>
        <source>Record &amp;grade</source>
        <translation>تسجيل ال&amp;تصنيف</translation>
    </message>
    <message>
        <source>Record the incident&apos;s grade (Airwars scale) chosen in the list</source>
        <translation>تسجيل تصنيف الحادثة (سلّم Airwars) المختار في القائمة</translation>
    </message>
    <message>
        <source>No figures to chart.</source>
        <translation>لا أرقام لعرضها.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Could not read the conflicts: %1</source>
        <translation>تعذّرت قراءة التعارضات: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>لا تعارضات مفتوحة</numerusform>
            <numerusform>تعارض مفتوح واحد</numerusform>
            <numerusform>تعارضان مفتوحان</numerusform>
            <numerusform>%Ln تعارضات مفتوحة</numerusform>
            <numerusform>%Ln تعارضًا مفتوحًا</numerusform>
            <numerusform>%Ln تعارض مفتوح</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · approximate figures ±%2 %</source>
        <translation>%1 · الأرقام التقريبية ±%2 %</translation>
    </message>
    <message>
        <source>%1 (set by %2, %3)</source>
        <translation>%1 (ضبطه %2، %3)</translation>
    </message>
    <message>
        <source>%1 · last full scan %2</source>
        <translation>%1 · آخر فحص كامل %2</translation>
    </message>
    <message>
        <source>No open conflicts: where reports disagree about an incident, the disagreement appears here, worst first.</source>
        <translation>لا تعارضات مفتوحة: حين تختلف التقارير حول حادثة يظهر الخلاف هنا، الأشد أولًا.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2، %3: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>accepted by an auditor</source>
        <translation>قبله مدقّق</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>القاعدة %1</translation>
    </message>
    <message numerus="yes">
        <source>Figures: %1 (%2) · %n independent source(s)</source>
        <translation>
            <numerusform>الأرقام: %1 (%2)، لا مصادر مستقلة</numerusform>
            <numerusform>الأرقام: %1 (%2)، مصدر مستقل واحد</numerusform>
            <numerusform>الأرقام: %1 (%2)، مصدران مستقلان</numerusform>
            <numerusform>الأرقام: %1 (%2)، %Ln مصادر مستقلة</numerusform>
            <numerusform>الأرقام: %1 (%2)، %Ln مصدرًا مستقلًا</numerusform>
            <numerusform>الأرقام: %1 (%2)، %Ln مصدر مستقل</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the incident</source>
        <translation>فتح الحادثة</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Figures over time</source>
        <translation>الأرقام عبر الزمن</translation>
    </message>
    <message>
        <source>In force: %1 by %2 on %3: “%4”</source>
        <translation>النافذ: %1، سجّله %2 في %3: «%4»</translation>
    </message>
    <message>
        <source>No assessment yet: the figures above are derived by rule %1.</source>
        <translation>لا تقييم بعد: الأرقام أعلاه مستخلصة بالقاعدة %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>&lt;b&gt;Grade&lt;/b&gt; (Airwars): suggested &lt;b&gt;%1&lt;/b&gt;: %2.</source>
        <translation>&lt;b&gt;التصنيف&lt;/b&gt; (Airwars): المقترح &lt;b&gt;%1&lt;/b&gt;: %2.</translation>
    </message>
    <message>
        <source>Recorded: &lt;b&gt;%1&lt;/b&gt; (%2, %3).</source>
        <translation>المسجَّل: &lt;b&gt;%1&lt;/b&gt; (%2، %3).</translation>
    </message>
    <message>
        <source>Grade recorded.</source>
        <translation>سُجّل التصنيف.</translation>
    </message>
    <message>
        <source>Enter the low and best figures (high may stay empty: no upper bound).</source>
        <translation>أدخل الرقم الأدنى والأرجح (يمكن ترك الأعلى فارغًا: بلا حد أعلى).</translation>
    </message>
    <message>
        <source>The figures must satisfy low ≤ best ≤ high.</source>
        <translation>يجب أن تحقق الأرقام: الأدنى ≤ الأرجح ≤ الأعلى.</translation>
    </message>
    <message>
        <source>Write why you accept these figures: the rationale is required.</source>
        <translation>اكتب لماذا تقبل هذه الأرقام: التعليل إلزامي.</translation>
    </message>
    <message>
        <source>reconcile</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <source>Assessment recorded.</source>
        <translation>سُجّل التقييم.</translation>
    </message>
    <message>
        <source>withdraw assessment</source>
        <translation>سحب التقييم</translation>
    </message>
    <message>
        <source>Assessment withdrawn: the conflict is open again.</source>
        <translation>سُحب التقييم: عاد التعارض مفتوحًا.</translation>
    </message>
    <message>
        <source>Scanned %1 figures in %2 s; %3 changed.</source>
        <translation>فُحص %1 رقمًا في %2 ث؛ تغيّر %3.</translation>
    </message>
    <message>
        <source>Scanning the claims for conflicts…</source>
        <translation>فحص الادعاءات بحثًا عن تعارضات…</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>&lt;b&gt;By month&lt;/b&gt;</source>
        <translation>&lt;b&gt;حسب الشهر&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;أحدث التقارير&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No figures to chart yet.</source>
        <translation>لا توجد أرقام لعرضها بعد.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Could not compute the overview: %1</source>
        <translation>تعذّر حساب النظرة العامة: %1</translation>
    </message>
    <message>
        <source>%1 incidents · %2 reports · %3 sources · %4 claims</source>
        <translation>الحوادث: %1 · التقارير: %2 · المصادر: %3 · الادعاءات: %4</translation>
    </message>
    <message>
        <source>The database holds no claims yet. Enter a report with &lt;b&gt;New report&lt;/b&gt; or import a workbook; the totals appear here.</source>
        <translation>لا تحتوي قاعدة البيانات على أي ادعاء بعد. أدخل تقريرًا عبر &lt;b&gt;تقرير جديد&lt;/b&gt; أو استورد ملف Excel؛ وستظهر المجاميع هنا.</translation>
    </message>
    <message>
        <source>Totals add up each incident&apos;s figure once: the derived best estimate where the claims have been cross-referenced, otherwise the largest figure a report gives (low: the smallest).</source>
        <translation>تجمع المجاميع رقم كل حادثة مرة واحدة: أفضل تقدير مستخلص حيث قوطعت الادعاءات، وإلا فأكبر رقم يذكره تقرير (والحد الأدنى: أصغرها).</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open conflict(s)&lt;/b&gt;: incidents whose sources disagree or need review. &lt;a href=&quot;conflicts&quot;&gt;Review them&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;لا تعارضات مفتوحة&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;تعارض مفتوح واحد&lt;/b&gt;: حادثة تختلف مصادرها أو تحتاج مراجعة. &lt;a href=&quot;conflicts&quot;&gt;راجعها&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;تعارضان مفتوحان&lt;/b&gt;: حادثتان تختلف مصادرهما أو تحتاجان مراجعة. &lt;a href=&quot;conflicts&quot;&gt;راجعهما&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln تعارضات مفتوحة&lt;/b&gt;: حوادث تختلف مصادرها أو تحتاج مراجعة. &lt;a href=&quot;conflicts&quot;&gt;راجعها&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln تعارضًا مفتوحًا&lt;/b&gt;: حوادث تختلف مصادرها أو تحتاج مراجعة. &lt;a href=&quot;conflicts&quot;&gt;راجعها&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%Ln تعارض مفتوح&lt;/b&gt;: حوادث تختلف مصادرها أو تحتاج مراجعة. &lt;a href=&quot;conflicts&quot;&gt;راجعها&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;No open conflicts.&lt;/b&gt; Incidents whose sources disagree appear here after a conflict scan.</source>
        <translation>&lt;b&gt;لا توجد تعارضات مفتوحة.&lt;/b&gt; تظهر هنا الحوادث التي تختلف مصادرها بعد فحص التعارضات.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No reports yet.</source>
        <translation>لا توجد تقارير بعد.</translation>
    </message>
    <message>
        <source>%1 by month</source>
        <translation>%1 حسب الشهر</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>سنة-شهر-يوم أو يوم/شهر/سنة</translation>
    </message>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>اختر من التقويم (Alt+سهم لأسفل)</translation>
    </message>
    <message>
        <source>Not a date yet: write YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>ليس تاريخاً بعد: اكتب سنة-شهر-يوم أو يوم/شهر/سنة</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <source>(no title)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>A report you were entering was not saved (last change %1): «%2».</source>
        <translation>لم يُحفظ تقرير كنت تُدخله (آخر تعديل %1): «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%n more unsaved report(s) after this one.</source>
        <translation>
            <numerusform>ولا تقارير أخرى لم تُحفظ.</numerusform>
            <numerusform>وبعده تقرير آخر لم يُحفظ.</numerusform>
            <numerusform>وبعده تقريران آخران لم يُحفظا.</numerusform>
            <numerusform>وبعده %Ln تقارير أخرى لم تُحفظ.</numerusform>
            <numerusform>وبعده %Ln تقريراً آخر لم يُحفظ.</numerusform>
            <numerusform>وبعده %Ln تقرير آخر لم يُحفظ.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore it</source>
        <translation>&amp;استعادته</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>ت&amp;جاهله</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1، %2، %3</translation>
    </message>
    <message>
        <source>one event by ACLED&apos;s rule (same day, place, type and parties)</source>
        <translation>حدث واحد بحسب قاعدة ACLED (اليوم والمكان والنوع والأطراف نفسها)</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>اليوم نفسه</translation>
    </message>
    <message>
        <source>same place</source>
        <translation>المكان نفسه</translation>
    </message>
    <message>
        <source>one place lies inside the other</source>
        <translation>أحد المكانين يقع داخل الآخر</translation>
    </message>
    <message>
        <source>same type (%1)</source>
        <translation>النوع نفسه (%1)</translation>
    </message>
    <message>
        <source>%1 and %2: both explosions or remote violence (ACLED)</source>
        <translation>%1 و%2: كلاهما انفجارات أو عنف عن بُعد (ACLED)</translation>
    </message>
    <message>
        <source>one type unspecified</source>
        <translation>أحد النوعين غير محدد</translation>
    </message>
    <message>
        <source>same parties held responsible: %1</source>
        <translation>الأطراف المحمَّلة المسؤولية نفسها: %1</translation>
    </message>
    <message>
        <source>shared parties held responsible: %1</source>
        <translation>أطراف مشتركة محمَّلة المسؤولية: %1</translation>
    </message>
    <message>
        <source>one of them names no known party</source>
        <translation>إحداهما لا تسمّي طرفًا معروفًا</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>قد تكون هي نفسها</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Open the incident</source>
        <translation>فتح الحادثة</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>إعادة ال&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>&amp;ليست مكررة</translation>
    </message>
    <message>
        <source>They are different events: stop proposing this pair</source>
        <translation>إنهما حدثان مختلفان: توقف عن اقتراح هذا الزوج</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>د&amp;مج</translation>
    </message>
    <message>
        <source>Move the other incident&apos;s reports, claims, places and parties to the one ticked to keep; nothing is deleted and the merge can be undone</source>
        <translation>نقل تقارير الحادثة الأخرى وادعاءاتها وأماكنها وأطرافها إلى الحادثة المعلَّمة للإبقاء؛ لا يُحذف شيء ويمكن التراجع عن الدمج</translation>
    </message>
    <message>
        <source>Note (optional): why they are different events</source>
        <translation>ملاحظة (اختيارية): لماذا هما حدثان مختلفان</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>التراجع عن ال&amp;دمج</translation>
    </message>
    <message>
        <source>Could not search for duplicates: %1</source>
        <translation>تعذّر البحث عن التكرارات: %1</translation>
    </message>
    <message>
        <source>Looking for incidents entered twice…</source>
        <translation>البحث عن حوادث أُدخلت مرتين…</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate pair(s)</source>
        <translation>
            <numerusform>لا أزواج مرشحة</numerusform>
            <numerusform>زوج مرشح واحد</numerusform>
            <numerusform>زوجان مرشحان</numerusform>
            <numerusform>%Ln أزواج مرشحة</numerusform>
            <numerusform>%Ln زوجًا مرشحًا</numerusform>
            <numerusform>%Ln زوج مرشح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dates at most %n day(s) apart</source>
        <translation>
            <numerusform>التواريخ في اليوم نفسه</numerusform>
            <numerusform>التواريخ بفارق يوم واحد على الأكثر</numerusform>
            <numerusform>التواريخ بفارق يومين على الأكثر</numerusform>
            <numerusform>التواريخ بفارق %Ln أيام على الأكثر</numerusform>
            <numerusform>التواريخ بفارق %Ln يومًا على الأكثر</numerusform>
            <numerusform>التواريخ بفارق %Ln يوم على الأكثر</numerusform>
        </translation>
    </message>
    <message>
        <source>No possible duplicates: incidents close in date and place, of compatible types and parties, appear here.</source>
        <translation>لا تكرارات محتملة: تظهر هنا الحوادث المتقاربة في التاريخ والمكان، ذات الأنواع والأطراف المتوافقة.</translation>
    </message>
    <message>
        <source>Score %1 %: %2</source>
        <translation>الدرجة %1 %: %2</translation>
    </message>
    <message numerus="yes">
        <source>Keep this one: %1 · %n report(s)</source>
        <translation>
            <numerusform>الإبقاء على هذه: %1 · لا تقارير</numerusform>
            <numerusform>الإبقاء على هذه: %1 · تقرير واحد</numerusform>
            <numerusform>الإبقاء على هذه: %1 · تقريران</numerusform>
            <numerusform>الإبقاء على هذه: %1 · %Ln تقارير</numerusform>
            <numerusform>الإبقاء على هذه: %1 · %Ln تقريرًا</numerusform>
            <numerusform>الإبقاء على هذه: %1 · %Ln تقرير</numerusform>
        </translation>
    </message>
    <message>
        <source>merge incidents</source>
        <translation>دمج حادثتين</translation>
    </message>
    <message>
        <source>Incidents merged; Undo merge puts them back.</source>
        <translation>دُمجت الحادثتان؛ «التراجع عن الدمج» يعيدهما.</translation>
    </message>
    <message>
        <source>undo merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <source>Merge undone: both incidents are as they were.</source>
        <translation>أُلغي الدمج: الحادثتان كما كانتا.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”.</source>
        <translation>دُمجت «%1» في «%2».</translation>
    </message>
    <message>
        <source>Recorded: these are different events.</source>
        <translation>سُجّل: هذان حدثان مختلفان.</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete this %1?</source>
        <translation>حذف هذا السجل (%1)؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n record(s)?</source>
        <translation>
            <numerusform>حذف هذه السجلات؟</numerusform>
            <numerusform>حذف هذا السجل؟</numerusform>
            <numerusform>حذف هذين السجلين؟</numerusform>
            <numerusform>حذف هذه السجلات الـ%Ln؟</numerusform>
            <numerusform>حذف هذه السجلات الـ%Ln؟</numerusform>
            <numerusform>حذف هذه السجلات الـ%Ln؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Other records use it:</source>
        <translation>تستخدمه سجلات أخرى:</translation>
    </message>
    <message>
        <source>These will be deleted with it:</source>
        <translation>ستُحذف معه:</translation>
    </message>
    <message>
        <source>These will lose their link to it:</source>
        <translation>ستفقد ارتباطها به:</translation>
    </message>
    <message>
        <source>You can undo this with Edit › Undo.</source>
        <translation>يمكنك التراجع عن ذلك من تحرير › تراجع.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>Deleting: %1</source>
        <translation>جارٍ الحذف: %1</translation>
    </message>
    <message numerus="yes">
        <source>delete %n record(s)</source>
        <translation>
            <numerusform>حذف السجلات</numerusform>
            <numerusform>حذف سجل</numerusform>
            <numerusform>حذف سجلين</numerusform>
            <numerusform>حذف %Ln سجلات</numerusform>
            <numerusform>حذف %Ln سجلًا</numerusform>
            <numerusform>حذف %Ln سجل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <source>&amp;Source:</source>
        <translation>ال&amp;مصدر:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>ال&amp;كاتب:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>تاريخ ال&amp;نشر:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Report te&amp;xt (paste it here):</source>
        <translation>&amp;نص التقرير (الصقه هنا):</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <source>confirmed claim</source>
        <translation>ادعاء مؤكَّد</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>جهة</translation>
    </message>
    <message>
        <source>named victim</source>
        <translation>ضحية مسمّاة</translation>
    </message>
    <message>
        <source>Paste the text of the report. Suggested claims, dates, places and actors are highlighted; click a highlighted claim to edit it.</source>
        <translation>الصق نص التقرير. تُلوَّن الادعاءات والتواريخ والأماكن والجهات المقترحة؛ انقر ادعاءً ملوَّناً لتعديله.</translation>
    </message>
    <message>
        <source>&amp;Claims (only confirmed ones are saved):</source>
        <translation>الا&amp;دعاءات (لا يُحفظ إلا المؤكَّد منها):</translation>
    </message>
    <message>
        <source>Confirm &amp;all</source>
        <translation>تأكيد ال&amp;كل</translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation>إضافة ادعاء</translation>
    </message>
    <message>
        <source>Remo&amp;ve claim</source>
        <translation>&amp;حذف الادعاء</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>Discard this report…</source>
        <translation>تجاهل هذا التقرير…</translation>
    </message>
    <message>
        <source>Reading the text…</source>
        <translation>جارٍ قراءة النص…</translation>
    </message>
    <message>
        <source>date: %1</source>
        <translation>تاريخ: %1</translation>
    </message>
    <message>
        <source>place: %1</source>
        <translation>مكان: %1</translation>
    </message>
    <message>
        <source>actor: %1</source>
        <translation>جهة: %1</translation>
    </message>
    <message>
        <source>claim %1: %2 %3, %4</source>
        <translation>الادعاء %1: %3 %2، %4</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>not confirmed: click to check it</source>
        <translation>غير مؤكَّد: انقر لمراجعته</translation>
    </message>
    <message>
        <source>named victim: %1 (confirmed)</source>
        <translation>ضحية مسمّاة: %1 (مؤكَّدة)</translation>
    </message>
    <message>
        <source>named victim: %1 (not confirmed)</source>
        <translation>ضحية مسمّاة: %1 (غير مؤكَّدة)</translation>
    </message>
    <message>
        <source>Found %1 claim(s), %2 date(s), %3 place(s), %4 actor(s); %5 of %6 claim(s) confirmed.</source>
        <translation>وُجد: ادعاءات %1، تواريخ %2، أماكن %3، جهات %4؛ المؤكَّد %5 من %6 ادعاءات.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2، %3)</translation>
    </message>
    <message>
        <source>(+%1)</source>
        <translation>(+%1)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>no place</source>
        <translation>بلا مكان</translation>
    </message>
    <message>
        <source>New incident %1: %2</source>
        <translation>حادثة جديدة %1: %2</translation>
    </message>
    <message>
        <source>recorded incident</source>
        <translation>حادثة مسجّلة</translation>
    </message>
    <message>
        <source>new %1</source>
        <translation>جديدة %1</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>الجهات: %1</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>مسجّلة</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>لا ادعاءات</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%Ln ادعاءات</numerusform>
            <numerusform>%Ln ادعاءً</numerusform>
            <numerusform>%Ln ادعاء</numerusform>
        </translation>
    </message>
    <message>
        <source>same place</source>
        <translation>المكان نفسه</translation>
    </message>
    <message>
        <source>nearby place</source>
        <translation>مكان قريب</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>اليوم نفسه</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>بفارق لا أيام</numerusform>
            <numerusform>بفارق يوم واحد</numerusform>
            <numerusform>بفارق يومين</numerusform>
            <numerusform>بفارق %Ln أيام</numerusform>
            <numerusform>بفارق %Ln يوماً</numerusform>
            <numerusform>بفارق %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded incident: %1 (%2, %3)</source>
        <translation>حادثة مسجّلة: %1 (%2، %3)</translation>
    </message>
    <message>
        <source>New incident %1</source>
        <translation>حادثة جديدة %1</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>A report with this web address is already in the database: %1. Check it is not the same report before saving.</source>
        <translation>في قاعدة البيانات تقرير بهذا الرابط: %1. تحقّق أنه ليس التقرير نفسه قبل الحفظ.</translation>
    </message>
    <message>
        <source>Accept every suggested claim shown as it is</source>
        <translation>قبول كل ادعاء مقترح معروض كما هو</translation>
    </message>
    <message>
        <source>Show %1 doubtful</source>
        <translation>عرض المشكوك فيها (%1)</translation>
    </message>
    <message>
        <source>Fold doubtful</source>
        <translation>طي المشكوك فيها</translation>
    </message>
    <message>
        <source>Suggestions the text supports only weakly (a casualty word far from the figure). They are never saved unless you confirm them.</source>
        <translation>اقتراحات لا يدعمها النص إلا ضعيفاً (كلمة الإصابة بعيدة عن الرقم). لا تُحفظ أبداً ما لم تؤكدها.</translation>
    </message>
    <message>
        <source>Draft kept (%1); it comes back if the app closes before saving.</source>
        <translation>حُفظت مسودة (%1)؛ تعود إن أُغلق البرنامج قبل الحفظ.</translation>
    </message>
    <message>
        <source>Discard this report</source>
        <translation>تجاهل هذا التقرير</translation>
    </message>
    <message>
        <source>Throw away what was entered for this report? Nothing of it has been saved.</source>
        <translation>هل تريد التخلّص مما أُدخل لهذا التقرير؟ لم يُحفظ منه شيء.</translation>
    </message>
    <message>
        <source>«%1» is not a date: write the publication date as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>«%1» ليس تاريخاً: اكتب تاريخ النشر بصيغة سنة-شهر-يوم أو يوم/شهر/سنة.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) are not confirmed and will not be saved.</source>
        <translation>
            <numerusform>كل الادعاءات مؤكَّدة.</numerusform>
            <numerusform>ادعاء واحد غير مؤكَّد ولن يُحفظ.</numerusform>
            <numerusform>ادعاءان غير مؤكَّدين ولن يُحفظا.</numerusform>
            <numerusform>%Ln ادعاءات غير مؤكَّدة ولن تُحفظ.</numerusform>
            <numerusform>%Ln ادعاءً غير مؤكَّد ولن يُحفظ.</numerusform>
            <numerusform>%Ln ادعاء غير مؤكَّد ولن يُحفظ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save the report with the %n confirmed claim(s)?</source>
        <translation>
            <numerusform>حفظ التقرير بلا ادعاءات؟</numerusform>
            <numerusform>حفظ التقرير مع الادعاء المؤكَّد؟</numerusform>
            <numerusform>حفظ التقرير مع الادعاءين المؤكَّدين؟</numerusform>
            <numerusform>حفظ التقرير مع الادعاءات المؤكَّدة الـ%Ln؟</numerusform>
            <numerusform>حفظ التقرير مع الادعاءات المؤكَّدة الـ%Ln؟</numerusform>
            <numerusform>حفظ التقرير مع الادعاءات المؤكَّدة الـ%Ln؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report without any claim?</source>
        <translation>حفظ التقرير دون أي ادعاء؟</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) are now linked to incidents already recorded at the same place and date. Check the links in the table and save again.</source>
        <translation>
            <numerusform>لم يُربط أي ادعاء بحادثة مسجّلة.</numerusform>
            <numerusform>رُبط ادعاء واحد بحادثة مسجّلة في المكان والتاريخ نفسيهما. راجع الروابط في الجدول ثم احفظ مرة أخرى.</numerusform>
            <numerusform>رُبط ادعاءان بحوادث مسجّلة في المكان والتاريخ نفسيهما. راجع الروابط في الجدول ثم احفظ مرة أخرى.</numerusform>
            <numerusform>رُبطت %Ln ادعاءات بحوادث مسجّلة في المكان والتاريخ نفسيهما. راجع الروابط في الجدول ثم احفظ مرة أخرى.</numerusform>
            <numerusform>رُبط %Ln ادعاءً بحوادث مسجّلة في المكان والتاريخ نفسيهما. راجع الروابط في الجدول ثم احفظ مرة أخرى.</numerusform>
            <numerusform>رُبط %Ln ادعاء بحوادث مسجّلة في المكان والتاريخ نفسيهما. راجع الروابط في الجدول ثم احفظ مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>same text</source>
        <translation>النص نفسه</translation>
    </message>
    <message>
        <source>same web address</source>
        <translation>الرابط نفسه</translation>
    </message>
    <message>
        <source>same text and web address</source>
        <translation>النص والرابط نفساهما</translation>
    </message>
    <message>
        <source>%1, published %2 (%3)</source>
        <translation>%1، نُشر في %2 (%3)</translation>
    </message>
    <message>
        <source>Report already stored</source>
        <translation>التقرير محفوظ من قبل</translation>
    </message>
    <message>
        <source>A report of this source with the same text or web address is already in the database: %1. Saving would store it a second time.</source>
        <translation>في قاعدة البيانات تقرير من هذا المصدر بالنص نفسه أو بالرابط نفسه: %1. الحفظ يخزّنه مرة ثانية.</translation>
    </message>
    <message>
        <source>&amp;Open the stored report</source>
        <translation>&amp;فتح التقرير المحفوظ</translation>
    </message>
    <message>
        <source>&amp;Save a second copy</source>
        <translation>&amp;حفظ نسخة ثانية</translation>
    </message>
    <message numerus="yes">
        <source>Report saved with %n claim(s).</source>
        <translation>
            <numerusform>حُفظ التقرير بلا ادعاءات.</numerusform>
            <numerusform>حُفظ التقرير مع ادعاء واحد.</numerusform>
            <numerusform>حُفظ التقرير مع ادعاءين.</numerusform>
            <numerusform>حُفظ التقرير مع %Ln ادعاءات.</numerusform>
            <numerusform>حُفظ التقرير مع %Ln ادعاءً.</numerusform>
            <numerusform>حُفظ التقرير مع %Ln ادعاء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>حُفظ في %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Claim %1 — %2</source>
        <translation>الادعاء %1 — %2</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>New incident %1 — %2</source>
        <translation>الحادثة الجديدة %1 — %2</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The database stayed busy with another person&apos;s save, so nothing was changed. Try again in a moment.</source>
        <translation>ظلت قاعدة البيانات مشغولة بحفظ شخص آخر، فلم يتغير شيء. حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Reopen it to see their changes.</source>
        <translation>عدّل شخص آخر هذا السجل منذ أن فتحته. أعد فتحه لترى تعديلاته.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>خطأ غير متوقع: %1</translation>
    </message>
    <message>
        <source>casualtydb</source>
        <translation>casualtydb</translation>
    </message>
</context>
<context>
    <name>EvidenceRow</name>
    <message>
        <source>Add e&amp;vidence…</source>
        <translation>إضافة &amp;دليل…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Evidence to attach</source>
        <translation>أدلة للإرفاق</translation>
    </message>
    <message>
        <source>Evidence: drop screenshots or saved pages on the text to attach them when the report is saved.</source>
        <translation>الأدلة: أفلت لقطات الشاشة أو الصفحات المحفوظة على النص لإرفاقها عند حفظ التقرير.</translation>
    </message>
    <message>
        <source>Evidence to attach on save: %1</source>
        <translation>أدلة تُرفق عند الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Row</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Export an Excel workbook</source>
        <translation>تصدير ملف Excel</translation>
    </message>
    <message>
        <source>&amp;Language of the workbook</source>
        <translation>&amp;لغة الملف</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>الم&amp;كان</translation>
    </message>
    <message>
        <source>Re&amp;cipient</source>
        <translation>الجهة المستلِ&amp;مة</translation>
    </message>
    <message>
        <source>Arabic (right to left)</source>
        <translation>العربية (من اليمين إلى اليسار)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <source>Anywhere (type a place: includes everything inside it)</source>
        <translation>أي مكان (اكتب اسم مكان: يشمل كل ما يقع ضمنه)</translation>
    </message>
    <message>
        <source>&amp;Redact: leave out what could endanger people</source>
        <translation>&amp;تنقيح: حذف ما قد يعرّض الناس للخطر</translation>
    </message>
    <message>
        <source>Names of victims and witnesses and the contact details of sources are left out, and notes marked sensitive are withheld; the About sheet says so. Untick only for a copy that stays with people entitled to see them.</source>
        <translation>تُحذف أسماء الضحايا والشهود وبيانات التواصل مع المصادر، وتُحجب الملاحظات المصنفة حساسة، وتذكر ورقة «حول الملف» ذلك. لا تُلغِ التحديد إلا لنسخة تبقى لدى من يحق لهم الاطلاع عليها.</translation>
    </message>
    <message>
        <source>The organisation the workbook is for (optional)</source>
        <translation>المنظمة التي يُرسل إليها الملف (اختياري)</translation>
    </message>
    <message>
        <source>Only &amp;what changed since the last export to this recipient</source>
        <translation>&amp;ما تغيّر فقط منذ آخر تصدير إلى هذه الجهة</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>عرض في المجلد</translation>
    </message>
    <message>
        <source>Import claims from a spreadsheet</source>
        <translation>استيراد ادعاءات من جدول بيانات</translation>
    </message>
    <message>
        <source>The Claims sheet of a casualtydb workbook, or an .xlsx or UTF-8 CSV file with the columns incident, incident_date, place, category, group, min, max, approximate, source, published, url, quote; or a dataset in a known format (ACLED, UCDP GED, an Airwars-style table, an HXL-tagged sheet, a KoboToolbox/ODK export), recognised by its columns. The whole file is checked first: nothing is written unless every row is valid, and importing the same file twice adds nothing.</source>
        <translation>ورقة الادعاءات من ملف casualtydb، أو ملف ‎.xlsx أو CSV بترميز UTF-8 فيه الأعمدة incident وincident_date وplace وcategory وgroup وmin وmax وapproximate وsource وpublished وurl وquote؛ أو مجموعة بيانات بصيغة معروفة (ACLED، UCDP GED، جدول على طريقة Airwars، ورقة موسومة بوسوم HXL، تصدير KoboToolbox/ODK) تُعرف من أعمدتها. يُفحص الملف كله أولاً: لا يُكتب شيء ما لم تكن كل الأسطر صحيحة، واستيراد الملف نفسه مرتين لا يضيف شيئاً.</translation>
    </message>
    <message>
        <source>Add the places and parties a dataset names that are not in the database (each place under the admin unit its row names)</source>
        <translation>أضف الأماكن والجهات التي تذكرها مجموعة البيانات وليست في القاعدة (كل مكان تحت الوحدة الإدارية التي يذكرها سطره)</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>ا&amp;ختيار ملف…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>لم يُختر ملف</translation>
    </message>
    <message>
        <source>&amp;Map the columns…</source>
        <translation>&amp;حدّد معاني الأعمدة…</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;فحص</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>casualties</source>
        <translation>ضحايا</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>ملف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>جارٍ تصدير %1…</translation>
    </message>
    <message>
        <source>Wrote %1 (incidents: %2, claims: %3, sources: %4, open conflicts: %5).</source>
        <translation>كُتب %1 (الحوادث: %2، الادعاءات: %3، المصادر: %4، التعارضات المفتوحة: %5).</translation>
    </message>
    <message>
        <source>Redacted (values withheld: %1).</source>
        <translation>منقح (القيم المحجوبة: %1).</translation>
    </message>
    <message>
        <source>Since the last export to this recipient: rows added %1, changed %2, withdrawn %3 (the Changes sheet lists each).</source>
        <translation>منذ آخر تصدير إلى هذه الجهة: أسطر أضيفت %1، وتغيّرت %2، وسُحبت %3 (ورقة التغييرات تسرد كلاً منها).</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Nothing was exported to this recipient yet: the first export of only what changed holds every row.</source>
        <translation>لم يُصدَّر شيء إلى هذه الجهة بعد: أول تصدير لما تغيّر فقط يحوي كل الأسطر.</translation>
    </message>
    <message>
        <source>Last export to this recipient: %1 (%2, rows they hold: %3).</source>
        <translation>آخر تصدير إلى هذه الجهة: %1 (%2، الأسطر التي لديها: %3).</translation>
    </message>
    <message>
        <source>Import claims</source>
        <translation>استيراد ادعاءات</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>جداول البيانات (*.xlsx *.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>This sheet is in no format casualtydb knows: say what its columns are (Map the columns…) before checking it.</source>
        <translation>هذه الورقة ليست بصيغة يعرفها casualtydb: حدّد ما تحويه أعمدتها («حدّد معاني الأعمدة…») قبل فحصها.</translation>
    </message>
    <message>
        <source>&amp;Mapping: %1…</source>
        <translation>&amp;المطابقة: %1…</translation>
    </message>
    <message>
        <source>Looking up the places of %1…</source>
        <translation>جارٍ البحث عن أماكن %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>جارٍ فحص %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Rows checked: %1, no problems. Importing would add incidents: %2, sources: %3, reports: %4, claims: %5.</source>
        <translation>الأسطر المفحوصة: %1، بلا مشكلات. سيضيف الاستيراد: الحوادث: %2، المصادر: %3، التقارير: %4، الادعاءات: %5.</translation>
    </message>
    <message>
        <source>Rows imported: %1. Added incidents: %2, sources: %3, reports: %4, claims: %5.</source>
        <translation>الأسطر المستوردة: %1. أُضيفت: الحوادث: %2، المصادر: %3، التقارير: %4، الادعاءات: %5.</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>قُرئ بصيغة %1.</translation>
    </message>
    <message>
        <source>New places: %1, new parties: %2.</source>
        <translation>أماكن جديدة: %1، جهات جديدة: %2.</translation>
    </message>
    <message>
        <source>Claims already in the database: %1.</source>
        <translation>ادعاءات موجودة من قبل في قاعدة البيانات: %1.</translation>
    </message>
    <message>
        <source>Problems: %1, in %2 of %3 rows. Nothing was imported: correct the file and check it again.</source>
        <translation>المشكلات: %1، في %2 من أصل %3 سطراً. لم يُستورد شيء: صحّح الملف وافحصه من جديد.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>أُلغي؛ لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>Fate</name>
    <message>
        <source>killed</source>
        <translation>قُتل</translation>
    </message>
    <message>
        <source>injured</source>
        <translation>أُصيب</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>معتقل</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>A file with this name exists already; choose another name, or open it with Open database.</source>
        <translation>يوجد ملف بهذا الاسم؛ اختر اسمًا آخر، أو افتحه عبر «فتح قاعدة بيانات».</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>فُتحت %1</translation>
    </message>
    <message>
        <source>Upgraded %1; the previous version was saved as %2</source>
        <translation>رُقّيت %1؛ وحُفظت النسخة السابقة باسم %2</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>نُسخت احتياطيًا إلى %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to casualtydb</source>
        <translation>مرحبًا بك في casualtydb</translation>
    </message>
    <message>
        <source>Welcome to casualtydb. Its data will be kept in %1. Choose how to start; the language can be changed later in File › Settings.</source>
        <translation>مرحبًا بك في casualtydb. ستُحفظ بياناته في %1. اختر طريقة البدء؛ ويمكن تغيير اللغة لاحقًا من ملف › الإعدادات.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Protect this database with a passphrase</source>
        <translation>ا&amp;حمِ قاعدة البيانات هذه بعبارة مرور</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>عبارة ال&amp;مرور:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>إ&amp;ظهار ما أكتب</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>البدء بـ</translation>
    </message>
    <message>
        <source>The &amp;demo data: four fictional incidents with reports that disagree, to try the app</source>
        <translation>بيانات العرض ال&amp;تجريبي: أربع حوادث متخيَّلة تتعارض تقاريرها، لتجربة البرنامج</translation>
    </message>
    <message>
        <source>An &amp;empty database, for real work</source>
        <translation>قاعدة بيانات &amp;فارغة، للعمل الحقيقي</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>اب&amp;دأ</translation>
    </message>
    <message>
        <source>Without the passphrase nobody can read the file, not even with other tools, and nobody can recover it if it is lost: keep it somewhere safe, not on this computer.</source>
        <translation>من دون عبارة المرور لا يستطيع أحد قراءة الملف، ولا حتى بأدوات أخرى، ولا يمكن لأحد استعادتها إن ضاعت: احفظها في مكان آمن، لا على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Unprotected: anyone who gets this computer or a copy of the file can read everything in it. Only for trying the app: do not enter real cases.</source>
        <translation>غير محمية: كل من يحصل على هذا الحاسوب أو على نسخة من الملف يستطيع قراءة كل ما فيه. لتجربة البرنامج فقط: لا تُدخل حالات حقيقية.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>نحو %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>%1 على الأقل</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>missing column «{name}» (the header row must name it)</source>
        <translation>العمود «{name}» غير موجود (يجب أن يُذكر في سطر العناوين)</translation>
    </message>
    <message>
        <source>not a whole number: «{value}»</source>
        <translation>ليس عدداً صحيحاً: «{value}»</translation>
    </message>
    <message>
        <source>negative number: {value}</source>
        <translation>عدد سالب: {value}</translation>
    </message>
    <message>
        <source>not a date: «{value}» (write YYYY-MM-DD, or DD/MM/YYYY with the day first)</source>
        <translation>ليس تاريخاً: «{value}» (اكتب YYYY-MM-DD، أو DD/MM/YYYY واليوم أولاً)</translation>
    </message>
    <message>
        <source>not a date and time: «{value}» (write YYYY-MM-DD HH:MM, in UTC)</source>
        <translation>ليس تاريخاً ووقتاً: «{value}» (اكتب YYYY-MM-DD HH:MM بتوقيت UTC)</translation>
    </message>
    <message>
        <source>not yes/no: «{value}» (write TRUE or FALSE)</source>
        <translation>ليست نعم/لا: «{value}» (اكتب TRUE أو FALSE)</translation>
    </message>
    <message>
        <source>not an id (UUID): «{value}»</source>
        <translation>ليس معرّفاً (UUID): «{value}»</translation>
    </message>
    <message>
        <source>not a web address: «{value}» ({reason})</source>
        <translation>ليس رابطاً: «{value}» ({reason})</translation>
    </message>
    <message>
        <source>not a web address: «{value}» ({reason}; a server name looks like example.org)</source>
        <translation>ليس رابطاً: «{value}» ({reason}؛ اسم الخادم يكون مثل example.org)</translation>
    </message>
    <message>
        <source>too large a number: {value} (the largest a figure can be is {limit})</source>
        <translation>الرقم كبير جداً: {value} (أكبر رقم ممكن هو {limit})</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>أطول من {limit} حرفاً</translation>
    </message>
    <message>
        <source>unknown category «{value}»; use one of: {choices}</source>
        <translation>فئة غير معروفة «{value}»؛ استعمل إحدى: {choices}</translation>
    </message>
    <message>
        <source>unknown victim group «{value}»; use one of: {choices}</source>
        <translation>فئة ضحايا غير معروفة «{value}»؛ استعمل إحدى: {choices}</translation>
    </message>
    <message>
        <source>unknown incident type «{value}»; use one of: {choices}</source>
        <translation>نوع حادثة غير معروف «{value}»؛ استعمل أحد: {choices}</translation>
    </message>
    <message>
        <source>unknown credibility «{value}»; use one of: {choices}</source>
        <translation>مصداقية غير معروفة «{value}»؛ استعمل إحدى: {choices}</translation>
    </message>
    <message>
        <source>unknown source reliability «{value}»; use one of: {choices}</source>
        <translation>موثوقية مصدر غير معروفة «{value}»؛ استعمل إحدى: {choices}</translation>
    </message>
    <message>
        <source>unknown source kind «{value}»; use one of: {choices}</source>
        <translation>نوع مصدر غير معروف «{value}»؛ استعمل أحد: {choices}</translation>
    </message>
    <message>
        <source>unknown date precision «{value}»; use one of: {choices}</source>
        <translation>دقة تاريخ غير معروفة «{value}»؛ استعمل إحدى: {choices}</translation>
    </message>
    <message>
        <source>unknown location precision «{value}»; use one of: {choices}</source>
        <translation>دقة موقع غير معروفة «{value}»؛ استعمل إحدى: {choices}</translation>
    </message>
    <message>
        <source>unknown grade «{value}»; use one of: {choices}</source>
        <translation>تصنيف غير معروف «{value}»؛ استعمل أحد: {choices}</translation>
    </message>
    <message>
        <source>no place «{value}» in the gazetteer (give a P-code or a gazetteer name)</source>
        <translation>لا مكان «{value}» في المعجم الجغرافي (اذكر رمز P-code أو اسماً من المعجم)</translation>
    </message>
    <message>
        <source>«{value}» names {count} places: {names}; give the P-code</source>
        <translation>«{value}» اسم لعدة أماكن ({count}): {names}؛ اذكر رمز P-code</translation>
    </message>
    <message>
        <source>«{value}» is a whole country: give at least a governorate</source>
        <translation>«{value}» بلد كامل: اذكر محافظة على الأقل</translation>
    </message>
    <message>
        <source>unknown actor «{value}» (add it to the actors list first, or use a known name)</source>
        <translation>طرف غير معروف «{value}» (أضفه إلى قائمة الأطراف أولاً، أو استعمل اسماً معروفاً)</translation>
    </message>
    <message>
        <source>«{value}» names {count} actors; use a more specific name</source>
        <translation>«{value}» اسم لعدة أطراف ({count})؛ استعمل اسماً أدق</translation>
    </message>
    <message>
        <source>empty: give an incident id or a label shared by the rows of one incident</source>
        <translation>فارغ: اذكر معرّف حادثة أو تسمية تشترك فيها أسطر الحادثة الواحدة</translation>
    </message>
    <message>
        <source>empty: give one of {choices}</source>
        <translation>فارغ: اذكر إحدى: {choices}</translation>
    </message>
    <message>
        <source>empty: name the source that published the report</source>
        <translation>فارغ: اذكر المصدر الذي نشر التقرير</translation>
    </message>
    <message>
        <source>empty: give the figure (or the vague wording, e.g. &quot;dozens&quot;)</source>
        <translation>فارغ: اذكر الرقم (أو التعبير المبهم، مثل «عشرات»)</translation>
    </message>
    <message>
        <source>a maximum needs a minimum</source>
        <translation>الحد الأعلى يحتاج إلى حد أدنى</translation>
    </message>
    <message>
        <source>{max} is below the minimum {min}</source>
        <translation>{max} أصغر من الحد الأدنى {min}</translation>
    </message>
    <message>
        <source>incident «{incident}» has {first} in row {other_row} but {value} here</source>
        <translation>للحادثة «{incident}» القيمة {first} في السطر {other_row} لكن {value} هنا</translation>
    </message>
    <message>
        <source>empty: incident «{incident}» is not in the database, so it needs its date</source>
        <translation>فارغ: الحادثة «{incident}» ليست في قاعدة البيانات، فيلزم ذكر تاريخها</translation>
    </message>
    <message>
        <source>empty: incident «{incident}» is not in the database, so it needs its place</source>
        <translation>فارغ: الحادثة «{incident}» ليست في قاعدة البيانات، فيلزم ذكر مكانها</translation>
    </message>
    <message>
        <source>«{value}» matches {count} sources ({names}); use the source&apos;s exact name</source>
        <translation>«{value}» يطابق عدة مصادر ({count}): {names}؛ استعمل اسم المصدر كما هو</translation>
    </message>
    <message>
        <source>unknown source id {value} and no source name</source>
        <translation>معرّف مصدر غير معروف {value} ولا اسم للمصدر</translation>
    </message>
    <message>
        <source>report {value} belongs to another source in the database</source>
        <translation>التقرير {value} يتبع مصدراً آخر في قاعدة البيانات</translation>
    </message>
    <message>
        <source>no report {value} in the file or the database</source>
        <translation>لا تقرير {value} في الملف ولا في قاعدة البيانات</translation>
    </message>
    <message>
        <source>unknown source «{value}»</source>
        <translation>مصدر غير معروف «{value}»</translation>
    </message>
    <message>
        <source>no claim {value} in the file or the database</source>
        <translation>لا ادعاء {value} في الملف ولا في قاعدة البيانات</translation>
    </message>
    <message>
        <source>the end date {end} is before the start {start}</source>
        <translation>تاريخ الانتهاء {end} يسبق تاريخ البدء {start}</translation>
    </message>
    <message>
        <source>it must start with http:// or https://</source>
        <translation>يجب أن يبدأ بـ http://‎ أو https://‎</translation>
    </message>
    <message>
        <source>it starts with «{0}»; only http:// and https:// addresses are kept</source>
        <translation>يبدأ بـ «{0}»؛ لا تُحفظ إلا الروابط التي تبدأ بـ http://‎ أو https://‎</translation>
    </message>
    <message>
        <source>http: or https: must be followed by //</source>
        <translation>يجب أن يلي http: أو https: الرمز //‎</translation>
    </message>
    <message>
        <source>the server part is malformed ({0})</source>
        <translation>جزء الخادم مشوّه ({0})</translation>
    </message>
    <message>
        <source>it names no server after //</source>
        <translation>لا يذكر اسم خادم بعد //‎</translation>
    </message>
    <message>
        <source>the server name contains a space or a character an address cannot hold</source>
        <translation>اسم الخادم فيه مسافة أو محرف لا يقبله الرابط</translation>
    </message>
    <message>
        <source>«{0}» is not a server name (it has no dot)</source>
        <translation>«{0}» ليس اسم خادم (لا نقطة فيه)</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>تاريخ ال&amp;بداية</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>تاريخ ال&amp;نهاية</translation>
    </message>
    <message>
        <source>Leave empty, or the same day, for a one-day incident.</source>
        <translation>اتركه فارغًا، أو اليوم نفسه، لحادثة وقعت في يوم واحد.</translation>
    </message>
    <message>
        <source>Date &amp;precision</source>
        <translation>&amp;دقة التاريخ</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>P&amp;laces</source>
        <translation>الأ&amp;ماكن</translation>
    </message>
    <message>
        <source>Type to add a place; mark the main one as primary.</source>
        <translation>اكتب لإضافة مكان؛ وحدّد المكان الرئيسي.</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>ال&amp;جهات</translation>
    </message>
    <message>
        <source>Description (A&amp;rabic)</source>
        <translation>الوصف (بال&amp;عربية)</translation>
    </message>
    <message>
        <source>Description (E&amp;nglish)</source>
        <translation>الوصف (بالإ&amp;نكليزية)</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>الت&amp;صنيف</translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation>لم يُصنَّف بعد</translation>
    </message>
    <message>
        <source>Reasons for the grade</source>
        <translation>أسباب التصنيف</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
</context>
<context>
    <name>IncidentFilterBar</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>الم&amp;كان</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation>ال&amp;جهة</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>الت&amp;صنيف</translation>
    </message>
    <message>
        <source>Anywhere (type a place: includes everything inside it)</source>
        <translation>أي مكان (اكتب اسم مكان: يشمل كل ما يقع ضمنه)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>أي فئة</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>أي جهة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>أي تصنيف</translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation>لم يُصنَّف بعد</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>أي نوع</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <source>← Back</source>
        <translation>← رجوع</translation>
    </message>
    <message>
        <source>→ Back</source>
        <translation>→ رجوع</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>فتح ال&amp;تقرير</translation>
    </message>
    <message>
        <source>Edit &amp;claim…</source>
        <translation>تعديل الا&amp;دعاء…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Held responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Description (Arabic)</source>
        <translation>الوصف (بالعربية)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>الوصف (بالإنكليزية)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>&lt;b&gt;Derived figures&lt;/b&gt;</source>
        <translation>&lt;b&gt;الأرقام المستخلصة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accepted figures&lt;/b&gt; (an auditor&apos;s assessment)</source>
        <translation>&lt;b&gt;الأرقام المعتمدة&lt;/b&gt; (تقييم المدقق)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>موثوقية المصدر</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>الأرجح</translation>
    </message>
    <message>
        <source>High</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Independent sources</source>
        <translation>مصادر مستقلة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>المبرر</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>This incident no longer exists (it was deleted).</source>
        <translation>لم تعد هذه الحادثة موجودة (حُذفت).</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>الأشخاص (%1)</translation>
    </message>
    <message>
        <source>no place</source>
        <translation>بلا مكان</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>(%1; %2)</source>
        <translation>(%1؛ %2)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>لا شيء مسجّل</translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation>لم يُصنَّف بعد</translation>
    </message>
    <message>
        <source>(accepted by %1, %2)</source>
        <translation>(اعتمده %1، %2)</translation>
    </message>
    <message>
        <source>added by %1 on %2; last changed by %3 on %4</source>
        <translation>أضافه %1 في %2؛ وآخر تعديل من %3 في %4</translation>
    </message>
    <message>
        <source>Claims (%1)</source>
        <translation>الادعاءات (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>السجل (%1)</translation>
    </message>
    <message>
        <source>Not cross-referenced yet: the figures are derived from the claims by the conflict scan (Conflicts page). Until then the lists show the largest figure a report gives.</source>
        <translation>لم تُقاطَع بعد: تُستخلص الأرقام من الادعاءات بفحص التعارضات (صفحة التعارضات). وحتى ذلك الحين تعرض القوائم أكبر رقم يذكره تقرير.</translation>
    </message>
    <message>
        <source>(withdrawn)</source>
        <translation>(مسحوب)</translation>
    </message>
    <message>
        <source>No auditor has accepted a figure yet.</source>
        <translation>لم يعتمد أي مدقق رقمًا بعد.</translation>
    </message>
    <message>
        <source>%1 (relays %2)</source>
        <translation>%1 (ينقل عن %2)</translation>
    </message>
    <message>
        <source>This report relays another: it is not independent corroboration.</source>
        <translation>هذا التقرير ينقل عن غيره: فهو ليس تأكيدًا مستقلًا.</translation>
    </message>
    <message>
        <source>%1 (revised later)</source>
        <translation>%1 (عُدّل لاحقًا)</translation>
    </message>
    <message>
        <source>(part of another figure)</source>
        <translation>(جزء من رقم آخر)</translation>
    </message>
    <message>
        <source>Every figure every report gives for this incident. Grey rows were revised later by the same report; a report that relays another is not independent.</source>
        <translation>كل رقم يذكره كل تقرير عن هذه الحادثة. الصفوف الرمادية عدّلها التقرير نفسه لاحقًا؛ والتقرير الذي ينقل عن غيره ليس مستقلًا.</translation>
    </message>
    <message>
        <source>No report gives a figure for this incident yet.</source>
        <translation>لم يذكر أي تقرير رقمًا لهذه الحادثة بعد.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <source>&amp;Edit new incident…</source>
        <translation>&amp;تعديل الحادثة الجديدة…</translation>
    </message>
    <message>
        <source>New &amp;incident for this claim</source>
        <translation>حادثة &amp;جديدة لهذا الادعاء</translation>
    </message>
    <message>
        <source>Show recorded incident</source>
        <translation>عرض الحادثة المسجّلة</translation>
    </message>
    <message>
        <source>Incident of claim %1 — choose one (Enter):</source>
        <translation>حادثة الادعاء %1 — اختر واحدة (Enter):</translation>
    </message>
    <message>
        <source>Select a claim to choose its incident.</source>
        <translation>اختر ادعاءً لتحدّد حادثته.</translation>
    </message>
    <message>
        <source>Linked to the incident already recorded at the same place on the same day. If the report is about another event, choose a new incident.</source>
        <translation>رُبط الادعاء بالحادثة المسجّلة في المكان نفسه واليوم نفسه. إن كان التقرير عن حدث آخر فاختر حادثة جديدة.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) already recorded at this place within three days: if the report is about one of them, link the claim to it instead of creating a duplicate.</source>
        <translation>
            <numerusform>لا حوادث مسجّلة في هذا المكان خلال ثلاثة أيام.</numerusform>
            <numerusform>حادثة واحدة مسجّلة في هذا المكان خلال ثلاثة أيام: إن كان التقرير عنها فاربط الادعاء بها بدل إنشاء حادثة مكرّرة.</numerusform>
            <numerusform>حادثتان مسجّلتان في هذا المكان خلال ثلاثة أيام: إن كان التقرير عن إحداهما فاربط الادعاء بها بدل إنشاء حادثة مكرّرة.</numerusform>
            <numerusform>%Ln حوادث مسجّلة في هذا المكان خلال ثلاثة أيام: إن كان التقرير عن إحداها فاربط الادعاء بها بدل إنشاء حادثة مكرّرة.</numerusform>
            <numerusform>%Ln حادثة مسجّلة في هذا المكان خلال ثلاثة أيام: إن كان التقرير عن إحداها فاربط الادعاء بها بدل إنشاء حادثة مكرّرة.</numerusform>
            <numerusform>%Ln حادثة مسجّلة في هذا المكان خلال ثلاثة أيام: إن كان التقرير عن إحداها فاربط الادعاء بها بدل إنشاء حادثة مكرّرة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentPeopleTab</name>
    <message>
        <source>Open &amp;person</source>
        <translation>فتح ال&amp;شخص</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Fate</source>
        <translation>المصير</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>الإشارات</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>No figures and no names yet.</source>
        <translation>لا أرقام ولا أسماء بعد.</translation>
    </message>
    <message>
        <source>More people are named than any report counts: a list may name someone twice (see &lt;b&gt;Matching&lt;/b&gt;), or a person belongs to another incident.</source>
        <translation>عدد الأشخاص المسمَّين أكبر مما يذكره أي تقرير: ربما ذكرت قائمةٌ شخصاً مرتين (انظر &lt;b&gt;المطابقة&lt;/b&gt;)، أو أن أحدهم يعود إلى حادثة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>%n named</source>
        <translation>
            <numerusform>لا أحد بالاسم</numerusform>
            <numerusform>واحد بالاسم</numerusform>
            <numerusform>اثنان بالاسم</numerusform>
            <numerusform>%Ln بالاسم</numerusform>
            <numerusform>%Ln بالاسم</numerusform>
            <numerusform>%Ln بالاسم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no figure reported, %2</source>
        <translation>%1: لا رقم مذكور، %2</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>المعتمد</translation>
    </message>
    <message>
        <source>best</source>
        <translation>الأرجح</translation>
    </message>
    <message>
        <source>largest claim</source>
        <translation>أكبر رقم مذكور</translation>
    </message>
    <message>
        <source>%1: %2 reported (%3), %4</source>
        <translation>%1: %2 بحسب التقارير (%3)، %4</translation>
    </message>
    <message>
        <source>%1 — more named than the highest figure reported (%2)</source>
        <translation>%1 — عدد المسمَّين أكبر من أعلى رقم في التقارير (%2)</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (و%2 غيره)</translation>
    </message>
    <message>
        <source>The largest figure a report gives; the claims have not been cross-referenced yet.</source>
        <translation>أكبر رقم يذكره تقرير؛ لم تُقاطَع الادعاءات بعد.</translation>
    </message>
    <message>
        <source>Best estimate from the cross-referenced claims.</source>
        <translation>أرجح تقدير من الادعاءات بعد مقاطعتها.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>لا حوادث</numerusform>
            <numerusform>حادثة واحدة</numerusform>
            <numerusform>حادثتان</numerusform>
            <numerusform>%Ln حوادث</numerusform>
            <numerusform>%Ln حادثة</numerusform>
            <numerusform>%Ln حادثة</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident matches these filters. &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt; to see all incidents.</source>
        <translation>لا توجد حادثة تطابق عوامل التصفية. &lt;a href=&quot;clear&quot;&gt;امسح عوامل التصفية&lt;/a&gt; لرؤية كل الحوادث.</translation>
    </message>
    <message>
        <source>No incidents yet. Incidents are created when you enter a report and its claims (&lt;b&gt;New report&lt;/b&gt;), or &lt;a href=&quot;new&quot;&gt;add one here&lt;/a&gt;.</source>
        <translation>لا توجد حوادث بعد. تُنشأ الحوادث عند إدخال تقرير وادعاءاته (&lt;b&gt;تقرير جديد&lt;/b&gt;)، أو &lt;a href=&quot;new&quot;&gt;أضف حادثة من هنا&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>On the &amp;map</source>
        <translation>على ال&amp;خريطة</translation>
    </message>
    <message>
        <source>These incidents on the map, with these filters</source>
        <translation>هذه الحوادث على الخريطة، بعوامل التصفية هذه</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>killed</source>
        <translation>قتلى</translation>
    </message>
    <message>
        <source>injured</source>
        <translation>جرحى</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقودون</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>معتقلون</translation>
    </message>
    <message>
        <source>besieged</source>
        <translation>محاصرون</translation>
    </message>
    <message>
        <source>displaced</source>
        <translation>نازحون</translation>
    </message>
    <message>
        <source>civilians</source>
        <translation>مدنيون</translation>
    </message>
    <message>
        <source>children</source>
        <translation>أطفال</translation>
    </message>
    <message>
        <source>women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <source>men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <source>combatants</source>
        <translation>مقاتلون</translation>
    </message>
    <message>
        <source>unknown group</source>
        <translation>فئة غير معروفة</translation>
    </message>
    <message>
        <source>airstrike</source>
        <translation>غارة جوية</translation>
    </message>
    <message>
        <source>shelling</source>
        <translation>قصف مدفعي</translation>
    </message>
    <message>
        <source>ground attack</source>
        <translation>هجوم بري</translation>
    </message>
    <message>
        <source>explosive device</source>
        <translation>عبوة ناسفة</translation>
    </message>
    <message>
        <source>execution</source>
        <translation>إعدام</translation>
    </message>
    <message>
        <source>siege</source>
        <translation>حصار</translation>
    </message>
    <message>
        <source>detention campaign</source>
        <translation>حملة اعتقالات</translation>
    </message>
    <message>
        <source>other event</source>
        <translation>حدث آخر</translation>
    </message>
    <message>
        <source>single source</source>
        <translation>مصدر وحيد</translation>
    </message>
    <message>
        <source>corroborated</source>
        <translation>متوافق بين المصادر</translation>
    </message>
    <message>
        <source>conflicting</source>
        <translation>متعارض</translation>
    </message>
    <message>
        <source>reconciled</source>
        <translation>محسوم</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>يحتاج مراجعة</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>متنازع عليه</translation>
    </message>
    <message>
        <source>discounted</source>
        <translation>مستبعد</translation>
    </message>
    <message>
        <source>A: completely reliable</source>
        <translation>A: موثوق تمامًا</translation>
    </message>
    <message>
        <source>B: usually reliable</source>
        <translation>B: موثوق عادةً</translation>
    </message>
    <message>
        <source>C: fairly reliable</source>
        <translation>C: موثوق إلى حد ما</translation>
    </message>
    <message>
        <source>D: not usually reliable</source>
        <translation>D: غير موثوق عادةً</translation>
    </message>
    <message>
        <source>E: unreliable</source>
        <translation>E: غير موثوق</translation>
    </message>
    <message>
        <source>F: reliability cannot be judged</source>
        <translation>F: لا يمكن تقدير موثوقيته</translation>
    </message>
    <message>
        <source>news outlet</source>
        <translation>وسيلة إعلامية</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <source>official body</source>
        <translation>جهة رسمية</translation>
    </message>
    <message>
        <source>medical source</source>
        <translation>مصدر طبي</translation>
    </message>
    <message>
        <source>party to the conflict</source>
        <translation>طرف في النزاع</translation>
    </message>
    <message>
        <source>witness network</source>
        <translation>شبكة شهود</translation>
    </message>
    <message>
        <source>social-media page</source>
        <translation>صفحة على وسائل التواصل</translation>
    </message>
    <message>
        <source>other source</source>
        <translation>مصدر آخر</translation>
    </message>
    <message>
        <source>country</source>
        <translation>دولة</translation>
    </message>
    <message>
        <source>governorate</source>
        <translation>محافظة</translation>
    </message>
    <message>
        <source>district</source>
        <translation>منطقة</translation>
    </message>
    <message>
        <source>sub-district</source>
        <translation>ناحية</translation>
    </message>
    <message>
        <source>town or village</source>
        <translation>مدينة أو قرية</translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translation>حي</translation>
    </message>
    <message>
        <source>exact location</source>
        <translation>الموقع بدقة</translation>
    </message>
    <message>
        <source>within the neighbourhood</source>
        <translation>ضمن الحي</translation>
    </message>
    <message>
        <source>within the town</source>
        <translation>ضمن المدينة أو القرية</translation>
    </message>
    <message>
        <source>within the sub-district</source>
        <translation>ضمن الناحية</translation>
    </message>
    <message>
        <source>within the district</source>
        <translation>ضمن المنطقة</translation>
    </message>
    <message>
        <source>within the governorate</source>
        <translation>ضمن المحافظة</translation>
    </message>
    <message>
        <source>exact day</source>
        <translation>اليوم بدقة</translation>
    </message>
    <message>
        <source>some days</source>
        <translation>خلال بضعة أيام</translation>
    </message>
    <message>
        <source>within a week</source>
        <translation>خلال أسبوع</translation>
    </message>
    <message>
        <source>within the month</source>
        <translation>خلال الشهر</translation>
    </message>
    <message>
        <source>within the year</source>
        <translation>خلال السنة</translation>
    </message>
    <message>
        <source>held responsible</source>
        <translation>يُحمَّل المسؤولية</translation>
    </message>
    <message>
        <source>claimed responsibility</source>
        <translation>تبنّى المسؤولية</translation>
    </message>
    <message>
        <source>denied responsibility</source>
        <translation>نفى المسؤولية</translation>
    </message>
    <message>
        <source>controls the area</source>
        <translation>يسيطر على المنطقة</translation>
    </message>
    <message>
        <source>added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>adult</source>
        <translation>بالغ</translation>
    </message>
    <message>
        <source>civilian</source>
        <translation>مدني</translation>
    </message>
    <message>
        <source>combatant</source>
        <translation>مقاتل</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>الصفة غير معروفة</translation>
    </message>
    <message>
        <source>1: confirmed by other sources</source>
        <translation>1: مؤكدة من مصادر أخرى</translation>
    </message>
    <message>
        <source>2: probably true</source>
        <translation>2: صحيحة على الأرجح</translation>
    </message>
    <message>
        <source>3: possibly true</source>
        <translation>3: ربما تكون صحيحة</translation>
    </message>
    <message>
        <source>4: doubtful</source>
        <translation>4: مشكوك فيها</translation>
    </message>
    <message>
        <source>5: improbable</source>
        <translation>5: مستبعدة</translation>
    </message>
    <message>
        <source>6: truth cannot be judged</source>
        <translation>6: لا يمكن الحكم على صحتها</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>حادثة</translation>
    </message>
    <message>
        <source>report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>جهة</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>place of an incident</source>
        <translation>مكان حادثة</translation>
    </message>
    <message>
        <source>actor of an incident</source>
        <translation>جهة في حادثة</translation>
    </message>
    <message>
        <source>merge of duplicates</source>
        <translation>دمج حوادث مكررة</translation>
    </message>
    <message>
        <source>dismissed duplicate</source>
        <translation>تكرار مرفوض</translation>
    </message>
    <message>
        <source>claim an assessment rests on</source>
        <translation>ادعاء يستند إليه تقييم</translation>
    </message>
    <message>
        <source>derived figure</source>
        <translation>رقم مستخلص</translation>
    </message>
    <message>
        <source>history</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <source>saved column mapping</source>
        <translation>مطابقة أعمدة محفوظة</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>الاسم (بالإنكليزية)</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>تهجئات أخرى</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>موثوقية المصدر</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Notes are sensitive</source>
        <translation>الملاحظات حساسة</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>يقع ضمن</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>الرمز (P-code)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Origin of the record</source>
        <translation>مصدر السجل</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>النص الكامل</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>تاريخ الجلب</translation>
    </message>
    <message>
        <source>Relays report</source>
        <translation>ينقل عن تقرير</translation>
    </message>
    <message>
        <source>Relays source</source>
        <translation>ينقل عن مصدر</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>دقة التاريخ</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <source>Description (Arabic)</source>
        <translation>الوصف (بالعربية)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>الوصف (بالإنكليزية)</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Reasons for the grade</source>
        <translation>أسباب التصنيف</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>الضحايا</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>الحد الأعلى</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>تقريبي</translation>
    </message>
    <message>
        <source>Words used instead of a number</source>
        <translation>عبارة بدل الرقم</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>المصداقية</translation>
    </message>
    <message>
        <source>Stated at</source>
        <translation>وقت التصريح</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>جزء من</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>رئيسي</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>دُمج في</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>الأرجح</translation>
    </message>
    <message>
        <source>High</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>المبرر</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>سُحب</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>لا سجلات</numerusform>
            <numerusform>سجل واحد</numerusform>
            <numerusform>سجلان</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>لا شيء هنا بعد.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Type the passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>عبارة المرور خاطئة. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>casualtydb is locked</source>
        <translation>casualtydb مقفل</translation>
    </message>
    <message>
        <source>%1 is closed and its key forgotten. Type its passphrase to go on; nothing you were doing was lost.</source>
        <translation>أُغلقت %1 ونُسي مفتاحها. اكتب عبارة مرورها للمتابعة؛ لم يضع شيء مما كنت تعمل عليه.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>This database is not encrypted: locking the window would not protect it. Encrypt it with `casualtydb encrypt`.</source>
        <translation>قاعدة البيانات هذه غير مشفّرة: قفل النافذة لن يحميها. شفّرها بالأمر ‎`casualtydb encrypt`‎.</translation>
    </message>
    <message>
        <source>Search incidents, reports, places, actors, sources…</source>
        <translation>ابحث في الحوادث والتقارير والأماكن والجهات والمصادر…</translation>
    </message>
    <message>
        <source>casualtydb — %1</source>
        <translation>casualtydb — %1</translation>
    </message>
    <message>
        <source>Database: %1 · User: %2</source>
        <translation>قاعدة البيانات: %1 · المستخدم: %2</translation>
    </message>
    <message>
        <source>Saving the database&apos;s settings and rescanning the conflicts…</source>
        <translation>جارٍ حفظ إعدادات قاعدة البيانات وإعادة فحص التعارضات…</translation>
    </message>
    <message>
        <source>About casualtydb</source>
        <translation>حول casualtydb</translation>
    </message>
    <message>
        <source>&lt;b&gt;casualtydb %1&lt;/b&gt;&lt;br&gt;Casualty reports as facts with their sources: every figure keeps the report and the quote it came from.&lt;br&gt;&lt;br&gt;Arabic font: Noto Sans Arabic (SIL Open Font License 1.1).</source>
        <translation>&lt;b&gt;casualtydb %1&lt;/b&gt;&lt;br&gt;تقارير الضحايا بوصفها وقائع مع مصادرها: كل رقم يحتفظ بالتقرير والاقتباس الذي جاء منه.&lt;br&gt;&lt;br&gt;الخط العربي: Noto Sans Arabic (رخصة SIL Open Font License 1.1).</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>&amp;Colour by</source>
        <translation>ال&amp;تلوين حسب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>تكبير (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>تصغير (−)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>البلد كله</translation>
    </message>
    <message>
        <source>Show the whole country again (Home)</source>
        <translation>عرض البلد كله من جديد (Home)</translation>
    </message>
    <message>
        <source>Map of the incidents</source>
        <translation>خريطة الحوادث</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag or arrow keys to move, PageDown/PageUp to go from marker to marker, Enter or a click to open it.</source>
        <translation>عجلة الفأرة أو +/− للتكبير والتصغير، والسحب أو مفاتيح الأسهم للتحريك، وPageDown/PageUp للانتقال من علامة إلى أخرى، وEnter أو النقر لفتحها.</translation>
    </message>
    <message>
        <source>Could not draw the map: %1</source>
        <translation>تعذّر رسم الخريطة: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) on the map</source>
        <translation>
            <numerusform>لا حوادث على الخريطة</numerusform>
            <numerusform>حادثة واحدة على الخريطة</numerusform>
            <numerusform>حادثتان على الخريطة</numerusform>
            <numerusform>%Ln حوادث على الخريطة</numerusform>
            <numerusform>%Ln حادثة على الخريطة</numerusform>
            <numerusform>%Ln حادثة على الخريطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more without a place that has coordinates</source>
        <translation>
            <numerusform>لا حوادث أخرى بلا مكان له إحداثيات</numerusform>
            <numerusform>وحادثة أخرى بلا مكان له إحداثيات</numerusform>
            <numerusform>وحادثتان أخريان بلا مكان له إحداثيات</numerusform>
            <numerusform>و%Ln حوادث أخرى بلا مكان له إحداثيات</numerusform>
            <numerusform>و%Ln حادثة أخرى بلا مكان له إحداثيات</numerusform>
            <numerusform>و%Ln حادثة أخرى بلا مكان له إحداثيات</numerusform>
        </translation>
    </message>
    <message>
        <source>Figure status</source>
        <translation>حالة الأرقام</translation>
    </message>
    <message>
        <source>Circle area: people killed at the place (the best estimate, else the largest figure a report gives); the largest is %1. Its colours: the share of the place&apos;s incidents in each.</source>
        <translation>مساحة الدائرة: عدد القتلى في المكان (التقدير الأرجح، وإلا أكبر رقم يذكره تقرير)؛ أكبرها %1. ألوانها: حصة كلٍّ منها من حوادث المكان.</translation>
    </message>
    <message>
        <source>no figures derived yet</source>
        <translation>لم تُستخلص أرقام بعد</translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation>لم يُصنَّف بعد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
%2 · killed: %3</source>
        <translation>%1
%2 · القتلى: %3</translation>
    </message>
    <message>
        <source>%1
%2
%3 · killed: %4</source>
        <translation>%1
%2
%3 · القتلى: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>لا حوادث</numerusform>
            <numerusform>حادثة واحدة</numerusform>
            <numerusform>حادثتان</numerusform>
            <numerusform>%Ln حوادث</numerusform>
            <numerusform>%Ln حادثة</numerusform>
            <numerusform>%Ln حادثة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 in %3 · killed: %4</source>
        <translation>%1 · %2 في %3 · القتلى: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n more: narrow the filters to see them</source>
        <translation>
            <numerusform>لا مزيد</numerusform>
            <numerusform>وحادثة أخرى: ضيّق عوامل التصفية لرؤيتها</numerusform>
            <numerusform>وحادثتان أخريان: ضيّق عوامل التصفية لرؤيتهما</numerusform>
            <numerusform>و%Ln حوادث أخرى: ضيّق عوامل التصفية لرؤيتها</numerusform>
            <numerusform>و%Ln حادثة أخرى: ضيّق عوامل التصفية لرؤيتها</numerusform>
            <numerusform>و%Ln حادثة أخرى: ضيّق عوامل التصفية لرؤيتها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>incident id or label</source>
        <translation>معرّف الحادثة أو تسميتها</translation>
    </message>
    <message>
        <source>incident date</source>
        <translation>تاريخ الحادثة</translation>
    </message>
    <message>
        <source>incident end date</source>
        <translation>تاريخ انتهاء الحادثة</translation>
    </message>
    <message>
        <source>date precision</source>
        <translation>دقة التاريخ</translation>
    </message>
    <message>
        <source>place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>place: governorate</source>
        <translation>المكان: المحافظة</translation>
    </message>
    <message>
        <source>place: district</source>
        <translation>المكان: المنطقة</translation>
    </message>
    <message>
        <source>place: sub-district</source>
        <translation>المكان: الناحية</translation>
    </message>
    <message>
        <source>place: P-code</source>
        <translation>المكان: الرمز (P-code)</translation>
    </message>
    <message>
        <source>place: latitude</source>
        <translation>المكان: خط العرض</translation>
    </message>
    <message>
        <source>place: longitude</source>
        <translation>المكان: خط الطول</translation>
    </message>
    <message>
        <source>location precision</source>
        <translation>دقة الموقع</translation>
    </message>
    <message>
        <source>incident type</source>
        <translation>نوع الحادثة</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>report source</source>
        <translation>مصدر التقرير</translation>
    </message>
    <message>
        <source>report web address</source>
        <translation>رابط التقرير</translation>
    </message>
    <message>
        <source>report title</source>
        <translation>عنوان التقرير</translation>
    </message>
    <message>
        <source>report publication date</source>
        <translation>تاريخ نشر التقرير</translation>
    </message>
    <message>
        <source>report author</source>
        <translation>كاتب التقرير</translation>
    </message>
    <message>
        <source>report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <source>incident description (English)</source>
        <translation>وصف الحادثة (بالإنكليزية)</translation>
    </message>
    <message>
        <source>incident description (Arabic)</source>
        <translation>وصف الحادثة (بالعربية)</translation>
    </message>
    <message>
        <source>report notes</source>
        <translation>ملاحظات التقرير</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>لا يُقرأ</translation>
    </message>
    <message>
        <source>figure: %1, %2</source>
        <translation>رقم: %1، %2</translation>
    </message>
    <message>
        <source>%1 (lowest)</source>
        <translation>%1 (الحد الأدنى)</translation>
    </message>
    <message>
        <source>%1 (highest)</source>
        <translation>%1 (الحد الأعلى)</translation>
    </message>
    <message>
        <source>its HXL hashtag %1</source>
        <translation>وسم HXL الخاص به %1</translation>
    </message>
    <message>
        <source>its header says %1</source>
        <translation>عنوانه يقول %1</translation>
    </message>
    <message>
        <source>its header</source>
        <translation>عنوانه</translation>
    </message>
    <message>
        <source>%1 (a point inside the lowest–highest range: not read, the range is kept)</source>
        <translation>%1 (رقم داخل المدى بين الأدنى والأعلى: لا يُقرأ، ويُحتفظ بالمدى)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>HXL</source>
        <translation>HXL</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>يُقرأ على أنه</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place in the gazetteer</source>
        <translation>المكان في الدليل الجغرافي</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>not in the gazetteer (settled before the import): %1</source>
        <translation>ليس في الدليل الجغرافي (يُحسم أمره قبل الاستيراد): %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>no figure in this row: the import leaves it out</source>
        <translation>لا رقم في هذا السطر: يتركه الاستيراد</translation>
    </message>
    <message>
        <source>How to read %1</source>
        <translation>كيف يُقرأ %1</translation>
    </message>
    <message>
        <source>This sheet is in no format casualtydb knows. Say what each column holds: the guesses come from the headers (Arabic or English) and the HXL hashtags; click «Read as» to change one. A mapping with a name is kept after the import, for the next file of the same shape.</source>
        <translation>هذه الورقة ليست بصيغة يعرفها casualtydb. حدّد ما يحويه كل عمود: التخمينات مأخوذة من عناوين الأعمدة (بالعربية أو الإنكليزية) ومن وسوم HXL؛ انقر «يُقرأ على أنه» لتغيير أيّ منها. المطابقة التي تحمل اسماً تُحفظ بعد الاستيراد، للملف التالي من الشكل نفسه.</translation>
    </message>
    <message>
        <source>&amp;Saved mapping</source>
        <translation>مطابقة م&amp;حفوظة</translation>
    </message>
    <message>
        <source>&amp;Keep it as</source>
        <translation>احف&amp;ظها باسم</translation>
    </message>
    <message>
        <source>Source of &amp;every row</source>
        <translation>مصدر &amp;كل سطر</translation>
    </message>
    <message>
        <source>(guessed from the headers)</source>
        <translation>(مخمّنة من عناوين الأعمدة)</translation>
    </message>
    <message>
        <source>A name, to reuse it (optional)</source>
        <translation>اسم لإعادة استخدامها (اختياري)</translation>
    </message>
    <message>
        <source>When no column names the source (e.g. the team&apos;s own name)</source>
        <translation>إن لم يذكر أي عمود المصدر (مثلاً اسم الفريق نفسه)</translation>
    </message>
    <message>
        <source>The first %1 rows as they would be stored:</source>
        <translation>أول %1 أسطر كما ستُحفظ:</translation>
    </message>
    <message>
        <source>&amp;Use this mapping</source>
        <translation>ا&amp;عتمد هذه المطابقة</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>قد يكون نفسه</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>بلا مصدر</translation>
    </message>
    <message>
        <source>Open the person</source>
        <translation>فتح الشخص</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>&amp;Search again</source>
        <translation>&amp;ابحث من جديد</translation>
    </message>
    <message>
        <source>&amp;Same person</source>
        <translation>ال&amp;شخص نفسه</translation>
    </message>
    <message>
        <source>Merge: the second person&apos;s mentions go to the first; nothing is deleted and the merge can be undone</source>
        <translation>دمج: تنتقل إشارات الشخص الثاني إلى الأول؛ لا يُحذف شيء ويمكن التراجع عن الدمج</translation>
    </message>
    <message>
        <source>&amp;Not the same</source>
        <translation>&amp;ليسا الشخص نفسه</translation>
    </message>
    <message>
        <source>Two different people: stop proposing this pair</source>
        <translation>شخصان مختلفان: لا تقترح هذا الزوج بعد الآن</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>Looking for people named twice…</source>
        <translation>البحث عن أشخاص ذُكروا مرتين…</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate pair(s), best first</source>
        <translation>
            <numerusform>لا أزواج مرشّحة</numerusform>
            <numerusform>زوج مرشّح واحد</numerusform>
            <numerusform>زوجان مرشّحان، الأرجح أولاً</numerusform>
            <numerusform>%Ln أزواج مرشّحة، الأرجح أولاً</numerusform>
            <numerusform>%Ln زوجاً مرشّحاً، الأرجح أولاً</numerusform>
            <numerusform>%Ln زوج مرشّح، الأرجح أولاً</numerusform>
        </translation>
    </message>
    <message>
        <source>No one seems to be named twice: pairs of people whose names, ages, dates and places agree appear here, best first.</source>
        <translation>لا يبدو أن أحداً ذُكر مرتين: تظهر هنا أزواج الأشخاص الذين تتفق أسماؤهم وأعمارهم وتواريخهم وأماكنهم، الأرجح أولاً.</translation>
    </message>
    <message>
        <source>Could not look for people named twice: %1</source>
        <translation>تعذّر البحث عن أشخاص ذُكروا مرتين: %1</translation>
    </message>
    <message>
        <source>Score %1: %2</source>
        <translation>الدرجة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>لا إشارات</numerusform>
            <numerusform>إشارة واحدة</numerusform>
            <numerusform>إشارتان</numerusform>
            <numerusform>%Ln إشارات</numerusform>
            <numerusform>%Ln إشارة</numerusform>
            <numerusform>%Ln إشارة</numerusform>
        </translation>
    </message>
    <message>
        <source>merge persons</source>
        <translation>دمج الأشخاص</translation>
    </message>
    <message>
        <source>Merged: one person now; Undo puts them back.</source>
        <translation>دُمجا: صارا شخصاً واحداً؛ «تراجع» يعيدهما كما كانا.</translation>
    </message>
    <message>
        <source>not the same person</source>
        <translation>ليسا الشخص نفسه</translation>
    </message>
    <message>
        <source>Recorded: two different people.</source>
        <translation>سُجّل: شخصان مختلفان.</translation>
    </message>
    <message>
        <source>undo merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <source>Undone: both persons are as they were.</source>
        <translation>تمّ التراجع: الشخصان كما كانا.</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”.</source>
        <translation>دُمج «%1» في «%2».</translation>
    </message>
    <message>
        <source>Recorded that “%1” and “%2” are different people.</source>
        <translation>سُجّل أن «%1» و«%2» شخصان مختلفان.</translation>
    </message>
</context>
<context>
    <name>MergeConflicts</name>
    <message>
        <source>Records merged in refer to it, so it was restored.</source>
        <translation>سجلات مدموجة تشير إليه، فأُعيد.</translation>
    </message>
    <message>
        <source>The other database changed its copy after the two were found to be the same record.</source>
        <translation>غيّرت القاعدة الأخرى نسختها بعد أن تبيّن أن السجلين سجل واحد.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Merged from</source>
        <translation>مدموج من</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>هذه القاعدة</translation>
    </message>
    <message>
        <source>The other database</source>
        <translation>القاعدة الأخرى</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>في هذه القاعدة</translation>
    </message>
    <message>
        <source>Merged in</source>
        <translation>المدموج</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>same Arabic name</source>
        <translation>الاسم العربي نفسه</translation>
    </message>
    <message>
        <source>same English name</source>
        <translation>الاسم الإنكليزي نفسه</translation>
    </message>
</context>
<context>
    <name>MergeConflictsPage</name>
    <message>
        <source>Merging another database never overwrites anything silently. Records both databases changed since they last met are listed here with both versions: the record now has the more recent one; keep whichever is right.</source>
        <translation>دمج قاعدة بيانات أخرى لا يستبدل شيئًا بصمت. السجلات التي عدّلتها القاعدتان منذ آخر دمج بينهما مدرجة هنا بنسختيها: يحمل السجل الآن النسخة الأحدث؛ أبقِ النسخة الصحيحة.</translation>
    </message>
    <message>
        <source>Show settled conflicts too</source>
        <translation>اعرض التعارضات المحسومة أيضًا</translation>
    </message>
    <message>
        <source>Merge another database…</source>
        <translation>دمج قاعدة بيانات أخرى…</translation>
    </message>
    <message>
        <source>Keep this database&apos;s version</source>
        <translation>أبقِ نسخة هذه القاعدة</translation>
    </message>
    <message>
        <source>Keep the other database&apos;s version</source>
        <translation>أبقِ نسخة القاعدة الأخرى</translation>
    </message>
    <message>
        <source>Sources, places and actors entered in both databases under the same name. If they are the same, one record is kept and everything that referred to the other is moved to it; its name is kept as another spelling.</source>
        <translation>مصادر وأماكن وجهات أُدخلت في القاعدتين بالاسم نفسه. إن كانت واحدة، يُبقى سجل واحد ويُنقل إليه كل ما كان يشير إلى الآخر، ويُحفظ اسمه تهجئةً أخرى.</translation>
    </message>
    <message>
        <source>Same: keep this database&apos;s record</source>
        <translation>واحد: أبقِ سجل هذه القاعدة</translation>
    </message>
    <message>
        <source>Same: keep the merged-in record</source>
        <translation>واحد: أبقِ السجل المدموج</translation>
    </message>
    <message>
        <source>Different records</source>
        <translation>سجلان مختلفان</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>التعارضات (%1)</translation>
    </message>
    <message>
        <source>Proposed matches (%1)</source>
        <translation>تطابقات مقترحة (%1)</translation>
    </message>
    <message>
        <source>No merge conflicts to settle.</source>
        <translation>لا تعارضات دمج للحسم.</translation>
    </message>
    <message>
        <source>Conflict settled.</source>
        <translation>حُسم التعارض.</translation>
    </message>
    <message>
        <source>The two records are now one.</source>
        <translation>صار السجلان سجلًا واحدًا.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge another database</source>
        <translation>دمج قاعدة بيانات أخرى</translation>
    </message>
    <message>
        <source>Bring the records of %1 into %2.</source>
        <translation>إدخال سجلات %1 في %2.</translation>
    </message>
    <message>
        <source>Checking what the merge would change…</source>
        <translation>جارٍ التحقق مما سيغيّره الدمج…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Nothing is overwritten: where both databases changed a record, both versions are kept and listed under Merge conflicts. The other file is not changed.</source>
        <translation>لا يُستبدل شيء: حيث عدّلت القاعدتان سجلًا، تُحفظ النسختان وتُدرجان في تعارضات الدمج. ولا يتغيّر الملف الآخر.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <source>Show merge &amp;conflicts</source>
        <translation>اعرض &amp;تعارضات الدمج</translation>
    </message>
    <message>
        <source>Comparing and merging records…</source>
        <translation>جارٍ مقارنة السجلات ودمجها…</translation>
    </message>
    <message>
        <source>Applying deletions…</source>
        <translation>جارٍ تطبيق الحذف…</translation>
    </message>
    <message>
        <source>Copying the audit log…</source>
        <translation>جارٍ نسخ سجل التدقيق…</translation>
    </message>
    <message>
        <source>Looking for records entered twice…</source>
        <translation>جارٍ البحث عن سجلات أُدخلت مرتين…</translation>
    </message>
    <message>
        <source>This database already has everything in %1: there is nothing to merge.</source>
        <translation>هذه القاعدة تضم كل ما في %1: لا شيء للدمج.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>A merge would make these changes (nothing has been written yet).</source>
        <translation>سيُجري الدمج هذه التغييرات (لم يُكتب شيء بعد).</translation>
    </message>
    <message>
        <source>The bundle is signed by the key %1.</source>
        <translation>الحزمة موقّعة بالمفتاح %1.</translation>
    </message>
    <message>
        <source>The bundle is not signed (accepted).</source>
        <translation>الحزمة غير موقّعة (قُبلت).</translation>
    </message>
    <message>
        <source>The other file was made by an older casualtydb; it is read through an upgraded copy and stays as it is.</source>
        <translation>أُنشئ الملف الآخر بإصدار أقدم من casualtydb؛ يُقرأ من نسخة محدّثة ويبقى كما هو.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>جارٍ الدمج…</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>جارٍ دمج %1…</translation>
    </message>
    <message>
        <source>Merged. Added %1, updated %2, deleted %3 records; %4 conflicts and %5 proposed matches to look at.</source>
        <translation>تم الدمج. أُضيف %1 سجلًا وعُدّل %2 وحُذف %3؛ وللمراجعة %4 تعارضات و%5 تطابقات مقترحة.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>أُلغي: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>%1 is not signed, or its signature does not hold: it may not come from whom you think, or it was changed on the way. Merge it only if you know where it comes from.</source>
        <translation>%1 غير موقّعة، أو توقيعها لا يصمد: قد لا تكون ممن تظن، أو عُدّلت في الطريق. لا تدمجها إلا إن كنت تعرف مصدرها.</translation>
    </message>
    <message>
        <source>The merge failed and nothing was written: %1</source>
        <translation>فشل الدمج ولم يُكتب شيء: %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>Conflicts (both versions kept)</source>
        <translation>تعارضات (حُفظت النسختان)</translation>
    </message>
    <message>
        <source>Deleted here, left deleted</source>
        <translation>محذوف هنا، بقي محذوفًا</translation>
    </message>
    <message>
        <source>Found to be the same record</source>
        <translation>تبيّن أنه السجل نفسه</translation>
    </message>
    <message>
        <source>Proposed as the same (you decide)</source>
        <translation>مقترح أنه السجل نفسه (القرار لك)</translation>
    </message>
    <message>
        <source>Audit log entries copied</source>
        <translation>قيود سجل التدقيق المنسوخة</translation>
    </message>
    <message>
        <source>Incidents that may be duplicates</source>
        <translation>حوادث قد تكون مكررة</translation>
    </message>
</context>
<context>
    <name>NewPassphraseCheck</name>
    <message>
        <source>Type the passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters; a few words are easier to remember than a short password.</source>
        <translation>
            <numerusform>تحتاج عبارة المرور إلى %Ln حرف على الأقل؛ بضع كلمات أسهل للتذكر من كلمة سر قصيرة.</numerusform>
            <numerusform>تحتاج عبارة المرور إلى حرف واحد على الأقل؛ بضع كلمات أسهل للتذكر من كلمة سر قصيرة.</numerusform>
            <numerusform>تحتاج عبارة المرور إلى حرفين على الأقل؛ بضع كلمات أسهل للتذكر من كلمة سر قصيرة.</numerusform>
            <numerusform>تحتاج عبارة المرور إلى %Ln أحرف على الأقل؛ بضع كلمات أسهل للتذكر من كلمة سر قصيرة.</numerusform>
            <numerusform>تحتاج عبارة المرور إلى %Ln حرفاً على الأقل؛ بضع كلمات أسهل للتذكر من كلمة سر قصيرة.</numerusform>
            <numerusform>تحتاج عبارة المرور إلى %Ln حرف على الأقل؛ بضع كلمات أسهل للتذكر من كلمة سر قصيرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>demo data</source>
        <translation>بيانات العرض التجريبي</translation>
    </message>
    <message>
        <source>reference data</source>
        <translation>البيانات المرجعية</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>new report</source>
        <translation>تقرير جديد</translation>
    </message>
    <message>
        <source>reconcile</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <source>withdraw assessment</source>
        <translation>سحب التقييم</translation>
    </message>
    <message>
        <source>grade incident</source>
        <translation>تصنيف الحادثة</translation>
    </message>
    <message>
        <source>merge incidents</source>
        <translation>دمج حادثتين</translation>
    </message>
    <message>
        <source>merge persons</source>
        <translation>دمج الأشخاص</translation>
    </message>
    <message>
        <source>unmerge persons</source>
        <translation>فكّ دمج الأشخاص</translation>
    </message>
    <message>
        <source>split person</source>
        <translation>فصل شخص</translation>
    </message>
    <message>
        <source>persons not the same</source>
        <translation>شخصان مختلفان</translation>
    </message>
    <message>
        <source>persons not the same undone</source>
        <translation>التراجع عن «شخصان مختلفان»</translation>
    </message>
    <message>
        <source>demo people</source>
        <translation>أشخاص العرض التجريبي</translation>
    </message>
    <message>
        <source>unmerge incidents</source>
        <translation>إلغاء دمج حادثتين</translation>
    </message>
    <message>
        <source>not duplicates</source>
        <translation>ليستا مكررتين</translation>
    </message>
    <message>
        <source>cross-referencing scan</source>
        <translation>فحص المقارنة بين التقارير</translation>
    </message>
    <message>
        <source>confirm match</source>
        <translation>تأكيد التطابق</translation>
    </message>
    <message>
        <source>settle merge conflict</source>
        <translation>حسم تعارض دمج</translation>
    </message>
    <message>
        <source>rebuild the search index</source>
        <translation>إعادة بناء فهرس البحث</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>places imported from %1</source>
        <translation>أماكن مستوردة من %1</translation>
    </message>
    <message>
        <source>merge of the database %1</source>
        <translation>دمج قاعدة البيانات %1</translation>
    </message>
</context>
<context>
    <name>OverNamedText</name>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1: %2 named, at most %3 reported</source>
        <translation>%1: %2 بالاسم، و%3 على الأكثر في التقارير</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1</numerusform>
            <numerusform>%1؛ وواحدة أخرى</numerusform>
            <numerusform>%1؛ واثنتان أخريان</numerusform>
            <numerusform>%1؛ و%Ln أخرى</numerusform>
            <numerusform>%1؛ و%Ln أخرى</numerusform>
            <numerusform>%1؛ و%Ln أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident figure(s) with more people named than reported:</source>
        <translation>
            <numerusform>لا أرقام حوادث فيها أسماء أكثر مما في التقارير:</numerusform>
            <numerusform>رقم حادثة واحد فيه أسماء أكثر مما في التقارير:</numerusform>
            <numerusform>رقما حادثتين فيهما أسماء أكثر مما في التقارير:</numerusform>
            <numerusform>%Ln أرقام حوادث فيها أسماء أكثر مما في التقارير:</numerusform>
            <numerusform>%Ln رقماً لحوادث فيها أسماء أكثر مما في التقارير:</numerusform>
            <numerusform>%Ln رقم لحوادث فيها أسماء أكثر مما في التقارير:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Actors</source>
        <translation>الجهات</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>تقرير جديد</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>تعارضات الدمج</translation>
    </message>
    <message>
        <source>Export / Import</source>
        <translation>تصدير / استيراد</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>اختر عبارة مرور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>%1 will be encrypted: without this passphrase nobody can read it, not even with other tools. Nobody can recover it if it is lost: keep it somewhere safe, not on this computer.</source>
        <translation>ستُشفَّر %1: من دون عبارة المرور هذه لا يستطيع أحد قراءتها، ولا حتى بأدوات أخرى. لا يمكن لأحد استعادتها إن ضاعت: احفظها في مكان آمن، لا على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase.</source>
        <translation>%1 مشفّرة. اكتب عبارة مرورها.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة ال&amp;مرور:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>إ&amp;ظهار ما أكتب</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;تشفير</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Leave it &amp;unencrypted</source>
        <translation>تركها &amp;غير مشفّرة</translation>
    </message>
    <message>
        <source>Anyone who gets this computer or a copy of the file can read everything in it. Only for trying the app with the demo data.</source>
        <translation>كل من يحصل على هذا الحاسوب أو على نسخة من الملف يستطيع قراءة كل ما فيه. لتجربة البرنامج ببيانات العرض التجريبي فقط.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>عبارة المرور خاطئة. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PeopleFilterBar</name>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>Any spelling, Arabic or Latin, or a list&apos;s mention id</source>
        <translation>أي كتابة للاسم، بالعربية أو اللاتينية، أو رقم الإشارة في القائمة</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>ال&amp;جنس</translation>
    </message>
    <message>
        <source>&amp;Fate</source>
        <translation>ال&amp;مصير</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>ال&amp;صفة</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>المص&amp;در</translation>
    </message>
    <message>
        <source>Any sex</source>
        <translation>أي جنس</translation>
    </message>
    <message>
        <source>Any fate</source>
        <translation>أي مصير</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي صفة</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>أي مصدر</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source> / </source>
        <translation> / </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>&amp;Find the same person twice…</source>
        <translation>ا&amp;بحث عن الشخص المذكور مرتين…</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>لا أشخاص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%Ln أشخاص</numerusform>
            <numerusform>%Ln شخصاً</numerusform>
            <numerusform>%Ln شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>No person matches these filters. &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;.</source>
        <translation>لا شخص يطابق هذه المرشّحات. &lt;a href=&quot;clear&quot;&gt;امسح المرشّحات&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No people yet. Import a victim list (&lt;b&gt;Export / Import&lt;/b&gt;, or &lt;code&gt;casualtydb import LIST.csv&lt;/code&gt;): every row names one person.</source>
        <translation>لا أشخاص بعد. استورد قائمة ضحايا (&lt;b&gt;تصدير / استيراد&lt;/b&gt;، أو &lt;code&gt;casualtydb import LIST.csv&lt;/code&gt;): كل سطر يسمّي شخصاً واحداً.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>Name as written</source>
        <translation>الاسم كما كُتب</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <source>Family or tribe</source>
        <translation>العائلة أو العشيرة</translation>
    </message>
    <message>
        <source>Laqab</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <source>Kunya</source>
        <translation>الكنية</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>المهنة</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>مكان الإقامة</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادثة</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Mention id</source>
        <translation>رقم الإشارة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← رجوع</translation>
    </message>
    <message>
        <source>→ Back</source>
        <translation>→ رجوع</translation>
    </message>
    <message>
        <source>Open &amp;incident</source>
        <translation>فتح ال&amp;حادثة</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>فتح ال&amp;تقرير</translation>
    </message>
    <message>
        <source>&amp;Split off…</source>
        <translation>ا&amp;فصل…</translation>
    </message>
    <message>
        <source>The selected mentions are someone else: they become a person of their own</source>
        <translation>الإشارات المحددة لشخص آخر: تصبح شخصاً مستقلاً</translation>
    </message>
    <message>
        <source>&amp;Undo this merge</source>
        <translation>ترا&amp;جع عن هذا الدمج</translation>
    </message>
    <message>
        <source>Give the merged person back its own mentions</source>
        <translation>أعِد إلى الشخص المدموج إشاراته</translation>
    </message>
    <message>
        <source>One column per mention; rows where the mentions differ are in bold. Select mentions (their columns) to open their incident or report, or to split them off.</source>
        <translation>عمود لكل إشارة؛ الأسطر التي تختلف فيها الإشارات بخط عريض. حدّد إشارات (أعمدتها) لفتح حادثتها أو تقريرها، أو لفصلها.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge history&lt;/b&gt;</source>
        <translation>&lt;b&gt;سجلّ الدمج&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>التراجع</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>هذا الشخص لم يعد موجوداً.</translation>
    </message>
    <message>
        <source>Could not read the person: %1</source>
        <translation>تعذّرت قراءة الشخص: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>لا إشارات</numerusform>
            <numerusform>إشارة واحدة</numerusform>
            <numerusform>إشارتان</numerusform>
            <numerusform>%Ln إشارات</numerusform>
            <numerusform>%Ln إشارة</numerusform>
            <numerusform>%Ln إشارة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>لا مصادر</numerusform>
            <numerusform>مصدر واحد</numerusform>
            <numerusform>مصدران</numerusform>
            <numerusform>%Ln مصادر</numerusform>
            <numerusform>%Ln مصدراً</numerusform>
            <numerusform>%Ln مصدر</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · merged into &lt;a href=&quot;person:%2&quot;&gt;another person&lt;/a&gt;</source>
        <translation>%1 · مدموج في &lt;a href=&quot;person:%2&quot;&gt;شخص آخر&lt;/a&gt;</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>بلا مصدر</translation>
    </message>
    <message numerus="yes">
        <source>Merged into this person: «%1» (%n mention(s))</source>
        <translation>
            <numerusform>دُمج في هذا الشخص: «%1» (بلا إشارات)</numerusform>
            <numerusform>دُمج في هذا الشخص: «%1» (إشارة واحدة)</numerusform>
            <numerusform>دُمج في هذا الشخص: «%1» (إشارتان)</numerusform>
            <numerusform>دُمج في هذا الشخص: «%1» (%Ln إشارات)</numerusform>
            <numerusform>دُمج في هذا الشخص: «%1» (%Ln إشارة)</numerusform>
            <numerusform>دُمج في هذا الشخص: «%1» (%Ln إشارة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This person merged into another (%n mention(s))</source>
        <translation>
            <numerusform>دُمج هذا الشخص في شخص آخر (بلا إشارات)</numerusform>
            <numerusform>دُمج هذا الشخص في شخص آخر (إشارة واحدة)</numerusform>
            <numerusform>دُمج هذا الشخص في شخص آخر (إشارتان)</numerusform>
            <numerusform>دُمج هذا الشخص في شخص آخر (%Ln إشارات)</numerusform>
            <numerusform>دُمج هذا الشخص في شخص آخر (%Ln إشارة)</numerusform>
            <numerusform>دُمج هذا الشخص في شخص آخر (%Ln إشارة)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 بيد %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merge history&lt;/b&gt;: never merged with another person.</source>
        <translation>&lt;b&gt;سجلّ الدمج&lt;/b&gt;: لم يُدمج مع شخص آخر قط.</translation>
    </message>
    <message>
        <source>Split off: the mentions are a person of their own.</source>
        <translation>فُصلت: الإشارات لشخص مستقل الآن.</translation>
    </message>
    <message>
        <source>undo merge</source>
        <translation>التراجع عن الدمج</translation>
    </message>
    <message>
        <source>Merge undone: both persons are as they were.</source>
        <translation>تمّ التراجع عن الدمج: الشخصان كما كانا.</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>مكان جديد</translation>
    </message>
    <message>
        <source>Name (&amp;Arabic)</source>
        <translation>الاسم (بال&amp;عربية)</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>الاسم (بالإ&amp;نكليزية)</translation>
    </message>
    <message>
        <source>Other &amp;spellings</source>
        <translation>تهجئات أ&amp;خرى</translation>
    </message>
    <message>
        <source>One per line; the search and the place picker find these too.</source>
        <translation>تهجئة في كل سطر؛ يجدها البحث ومنتقي الأماكن أيضًا.</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>الم&amp;ستوى</translation>
    </message>
    <message>
        <source>&amp;Inside</source>
        <translation>يقع &amp;ضمن</translation>
    </message>
    <message>
        <source>The larger place this one belongs to (a neighbourhood inside a town…).</source>
        <translation>المكان الأكبر الذي ينتمي إليه (حي ضمن مدينة…).</translation>
    </message>
    <message>
        <source>&amp;P-code</source>
        <translation>ال&amp;رمز (P-code)</translation>
    </message>
    <message>
        <source>OCHA place code, when the place has one.</source>
        <translation>رمز المكان لدى أوتشا (OCHA) إن وُجد.</translation>
    </message>
    <message>
        <source>La&amp;titude</source>
        <translation>خط ال&amp;عرض</translation>
    </message>
    <message>
        <source>Lo&amp;ngitude</source>
        <translation>خط ال&amp;طول</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Type a place name…</source>
        <translation>اكتب اسم مكان…</translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message>
        <source>Place in the file</source>
        <translation>المكان في الملف</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <source>Why it is not settled</source>
        <translation>سبب عدم حسمه</translation>
    </message>
    <message>
        <source>Settled as</source>
        <translation>حُسم على أنه</translation>
    </message>
    <message>
        <source>not settled</source>
        <translation>لم يُحسم</translation>
    </message>
    <message>
        <source>new place under %1</source>
        <translation>مكان جديد ضمن %1</translation>
    </message>
    <message>
        <source>the same as %1</source>
        <translation>هو نفسه %1</translation>
    </message>
    <message>
        <source>no place of that name in %1</source>
        <translation>لا مكان بهذا الاسم في %1</translation>
    </message>
    <message>
        <source>no place of that name in the gazetteer</source>
        <translation>لا مكان بهذا الاسم في الدليل الجغرافي</translation>
    </message>
    <message>
        <source>the name fits %1 places</source>
        <translation>الاسم يطابق %1 أماكن</translation>
    </message>
    <message>
        <source>its governorate is not in the gazetteer</source>
        <translation>محافظته ليست في الدليل الجغرافي</translation>
    </message>
    <message>
        <source>Places to settle before importing %1</source>
        <translation>أماكن يجب حسمها قبل استيراد %1</translation>
    </message>
    <message>
        <source>The gazetteer does not settle these places. Each is listed once, with every row naming it. Choose the place it is, or add it as a new place under the admin unit its rows name. Nothing has been written: the import runs when every place is settled.</source>
        <translation>لا يحسم الدليل الجغرافي هذه الأماكن. يُذكر كلٌّ منها مرة واحدة مع كل الأسطر التي تسمّيه. اختر المكان المقصود، أو أضفه مكاناً جديداً ضمن الوحدة الإدارية التي تذكرها أسطره. لم يُكتب شيء بعد: يجري الاستيراد حين تُحسم كل الأماكن.</translation>
    </message>
    <message>
        <source>The &amp;selected place is:</source>
        <translation>المكان الم&amp;حدد هو:</translation>
    </message>
    <message>
        <source>Add every place &amp;not settled as new</source>
        <translation>أضف كل مكان &amp;لم يُحسم مكاناً جديداً</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>not settled (the import waits)</source>
        <translation>لم يُحسم (الاستيراد ينتظر)</translation>
    </message>
    <message>
        <source>a new place under %1</source>
        <translation>مكان جديد ضمن %1</translation>
    </message>
    <message>
        <source>Places: %1, not settled yet: %2.</source>
        <translation>الأماكن: %1، لم يُحسم بعد: %2.</translation>
    </message>
</context>
<context>
    <name>PlacesEditor</name>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>رئيسي</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <source> › </source>
        <translation> › </translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>الم&amp;ستوى</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>أي مستوى</translation>
    </message>
    <message>
        <source>&amp;Name or P-code</source>
        <translation>الا&amp;سم أو الرمز</translation>
    </message>
    <message>
        <source>Show &amp;incidents</source>
        <translation>عرض ال&amp;حوادث</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>لا أماكن</numerusform>
            <numerusform>مكان واحد</numerusform>
            <numerusform>مكانان</numerusform>
            <numerusform>%Ln أماكن</numerusform>
            <numerusform>%Ln مكانًا</numerusform>
            <numerusform>%Ln مكان</numerusform>
        </translation>
    </message>
    <message>
        <source>No place matches. &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;; the gazetteer also knows other spellings and P-codes.</source>
        <translation>لا يوجد مكان مطابق. &lt;a href=&quot;clear&quot;&gt;امسح عوامل التصفية&lt;/a&gt;؛ يعرف دليل الأماكن أيضًا التهجئات الأخرى والرموز.</translation>
    </message>
    <message>
        <source>The gazetteer is empty. &lt;a href=&quot;new&quot;&gt;Add a place&lt;/a&gt;.</source>
        <translation>دليل الأماكن فارغ. &lt;a href=&quot;new&quot;&gt;أضف مكانًا&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReasonWords</name>
    <message>
        <source>given name agrees: %1 / %2</source>
        <translation>الاسم الأول متطابق: %1 / %2</translation>
    </message>
    <message>
        <source>given name close: %1 / %2</source>
        <translation>الاسم الأول متقارب: %1 / %2</translation>
    </message>
    <message>
        <source>given name differs: %1 / %2</source>
        <translation>الاسم الأول مختلف: %1 / %2</translation>
    </message>
    <message>
        <source>name part agrees: %1 / %2 (in another position)</source>
        <translation>جزء من الاسم متطابق: %1 / %2 (في موضع آخر)</translation>
    </message>
    <message>
        <source>name part agrees: %1 / %2</source>
        <translation>جزء من الاسم متطابق: %1 / %2</translation>
    </message>
    <message>
        <source>name part close: %1 / %2</source>
        <translation>جزء من الاسم متقارب: %1 / %2</translation>
    </message>
    <message>
        <source>family names differ: %1 / %2</source>
        <translation>اسما العائلة مختلفان: %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n name part(s) differ</source>
        <translation>
            <numerusform>لا اختلاف في أجزاء الاسم</numerusform>
            <numerusform>جزء من الاسم مختلف</numerusform>
            <numerusform>جزآن من الاسم مختلفان</numerusform>
            <numerusform>%Ln أجزاء من الاسم مختلفة</numerusform>
            <numerusform>%Ln جزءاً من الاسم مختلفاً</numerusform>
            <numerusform>%Ln جزء من الاسم مختلف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name part(s) missing in one</source>
        <translation>
            <numerusform>لا نقص في أجزاء الاسم</numerusform>
            <numerusform>جزء من الاسم ناقص في أحدهما</numerusform>
            <numerusform>جزآن من الاسم ناقصان في أحدهما</numerusform>
            <numerusform>%Ln أجزاء من الاسم ناقصة في أحدهما</numerusform>
            <numerusform>%Ln جزءاً من الاسم ناقصاً في أحدهما</numerusform>
            <numerusform>%Ln جزء من الاسم ناقص في أحدهما</numerusform>
        </translation>
    </message>
    <message>
        <source>same sex (%1)</source>
        <translation>الجنس نفسه (%1)</translation>
    </message>
    <message>
        <source>sex differs (%1 / %2)</source>
        <translation>الجنس مختلف (%1 / %2)</translation>
    </message>
    <message>
        <source>age %1 / %2 (within 2 years)</source>
        <translation>العمر %1 / %2 (بفارق سنتين على الأكثر)</translation>
    </message>
    <message>
        <source>age %1 / %2</source>
        <translation>العمر %1 / %2</translation>
    </message>
    <message>
        <source>a child and an adult</source>
        <translation>طفل وبالغ</translation>
    </message>
    <message>
        <source>same date</source>
        <translation>التاريخ نفسه</translation>
    </message>
    <message numerus="yes">
        <source>dates %n day(s) apart</source>
        <translation>
            <numerusform>التاريخان في اليوم نفسه</numerusform>
            <numerusform>بين التاريخين يوم واحد</numerusform>
            <numerusform>بين التاريخين يومان</numerusform>
            <numerusform>بين التاريخين %Ln أيام</numerusform>
            <numerusform>بين التاريخين %Ln يوماً</numerusform>
            <numerusform>بين التاريخين %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>same place (or one inside the other)</source>
        <translation>المكان نفسه (أو أحدهما داخل الآخر)</translation>
    </message>
    <message>
        <source>same governorate</source>
        <translation>المحافظة نفسها</translation>
    </message>
    <message>
        <source>different governorates</source>
        <translation>محافظتان مختلفتان</translation>
    </message>
    <message>
        <source>no name to compare</source>
        <translation>لا اسم للمقارنة</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>تقرير جديد</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>ال&amp;مصدر</translation>
    </message>
    <message>
        <source>— choose the source —</source>
        <translation>— اختر المصدر —</translation>
    </message>
    <message>
        <source>Who published the report. Every report needs one; add missing sources on the Sources page.</source>
        <translation>الجهة التي نشرت التقرير. لكل تقرير مصدر لا بد منه؛ أضف المصادر الناقصة في صفحة المصادر.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>ال&amp;كاتب</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>تاريخ ال&amp;نشر</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>&amp;Web address</source>
        <translation>عنوان ال&amp;ويب</translation>
    </message>
    <message>
        <source>&amp;Relays</source>
        <translation>ي&amp;نقل عن</translation>
    </message>
    <message>
        <source>— nothing —</source>
        <translation>— لا شيء —</translation>
    </message>
    <message>
        <source>The source this report repeats, if it only relays another: a relay is not independent corroboration.</source>
        <translation>المصدر الذي يكرره هذا التقرير إن كان ينقل عن غيره فقط: النقل ليس تأكيدًا مستقلًا.</translation>
    </message>
    <message>
        <source>Full te&amp;xt</source>
        <translation>ال&amp;نص الكامل</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>الأ&amp;دلة</translation>
    </message>
</context>
<context>
    <name>ReportFilterBar</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>ال&amp;مصدر</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>&amp;Relays</source>
        <translation>ي&amp;نقل عن</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>أي مصدر</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <source>Original and relayed</source>
        <translation>الأصلية والمنقولة</translation>
    </message>
    <message>
        <source>Only original reports</source>
        <translation>التقارير الأصلية فقط</translation>
    </message>
    <message>
        <source>Only reports that relay another</source>
        <translation>التقارير المنقولة عن غيرها فقط</translation>
    </message>
</context>
<context>
    <name>ReportTextEdit</name>
    <message>
        <source>Use this date for the selected claim’s new incident</source>
        <translation>استخدام هذا التاريخ للحادثة الجديدة للادعاء المحدّد</translation>
    </message>
    <message>
        <source>Add this place to the selected claim’s new incident</source>
        <translation>إضافة هذا المكان إلى الحادثة الجديدة للادعاء المحدّد</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Relays another report or source: not independent corroboration.</source>
        <translation>ينقل عن تقرير أو مصدر آخر: ليس تأكيدًا مستقلًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>لا تقارير</numerusform>
            <numerusform>تقرير واحد</numerusform>
            <numerusform>تقريران</numerusform>
            <numerusform>%Ln تقارير</numerusform>
            <numerusform>%Ln تقريرًا</numerusform>
            <numerusform>%Ln تقرير</numerusform>
        </translation>
    </message>
    <message>
        <source>No report matches these filters. &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;.</source>
        <translation>لا يوجد تقرير يطابق عوامل التصفية. &lt;a href=&quot;clear&quot;&gt;امسح عوامل التصفية&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No reports yet. Enter one with &lt;b&gt;New report&lt;/b&gt;, import a workbook, or &lt;a href=&quot;new&quot;&gt;add one here&lt;/a&gt;.</source>
        <translation>لا توجد تقارير بعد. أدخل تقريرًا عبر &lt;b&gt;تقرير جديد&lt;/b&gt;، أو استورد ملف Excel، أو &lt;a href=&quot;new&quot;&gt;أضف تقريرًا من هنا&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Searching for “%1”…</source>
        <translation>جارٍ البحث عن «%1»…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Try fewer or shorter words; spelling variants of Arabic letters (أ/ا, ة/ه, ى/ي) are found anyway.</source>
        <translation>لا شيء يطابق «%1». جرّب كلمات أقل أو أقصر؛ ويجد البحث الصيغ المختلفة للحروف (أ/ا، ة/ه، ى/ي) على أي حال.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”. Press Enter or double-click to open one.</source>
        <translation>
            <numerusform>لا نتائج لـ«%1».</numerusform>
            <numerusform>نتيجة واحدة لـ«%1». اضغط Enter أو انقر مرتين لفتحها.</numerusform>
            <numerusform>نتيجتان لـ«%1». اضغط Enter أو انقر مرتين لفتح إحداهما.</numerusform>
            <numerusform>%Ln نتائج لـ«%1». اضغط Enter أو انقر مرتين لفتح إحداها.</numerusform>
            <numerusform>%Ln نتيجة لـ«%1». اضغط Enter أو انقر مرتين لفتح إحداها.</numerusform>
            <numerusform>%Ln نتيجة لـ«%1». اضغط Enter أو انقر مرتين لفتح إحداها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>كما في النظام</translation>
    </message>
    <message>
        <source>the casualtydb folder of your user account</source>
        <translation>مجلد casualtydb في حساب المستخدم</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source>An encrypted database is closed and its key forgotten after this long without a key press or a mouse move; its passphrase opens it again.</source>
        <translation>تُغلق قاعدة البيانات المشفّرة ويُنسى مفتاحها بعد هذه المدة من دون ضغط مفتاح أو تحريك الفأرة؛ وتفتحها عبارة مرورها من جديد.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>&amp;Your name (recorded with every change)</source>
        <translation>ا&amp;سمك (يُسجَّل مع كل تعديل)</translation>
    </message>
    <message>
        <source>&amp;Database opened at start</source>
        <translation>&amp;قاعدة البيانات عند البدء</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database&lt;/b&gt;: the same for everyone who uses it; a change is recorded in its history and rescans the conflicts.</source>
        <translation>&lt;b&gt;قاعدة البيانات هذه&lt;/b&gt;: الإعدادات نفسها لكل من يستخدمها؛ يُسجَّل كل تغيير في سجلها ويُعاد فحص التعارضات.</translation>
    </message>
    <message>
        <source>&amp;Conflict when figures differ by more than</source>
        <translation>&amp;تعارض عندما تختلف الأرقام بأكثر من</translation>
    </message>
    <message>
        <source>&amp;Possible duplicates: incidents at most this far apart</source>
        <translation>حوادث م&amp;كررة محتملة: يفصل بينها على الأكثر</translation>
    </message>
    <message>
        <source>Lock an encrypted database when &amp;idle for</source>
        <translation>قفل قاعدة البيانات المشفّرة بعد &amp;خمول مدته</translation>
    </message>
    <message>
        <source>Rule for the derived figures</source>
        <translation>قاعدة الأرقام المستخلصة</translation>
    </message>
    <message>
        <source>set by %1, %2</source>
        <translation>ضبطه %1، %2</translation>
    </message>
    <message>
        <source>the default: never changed</source>
        <translation>القيمة الافتراضية: لم تتغير قط</translation>
    </message>
    <message>
        <source>Database opened at start</source>
        <translation>قاعدة البيانات عند البدء</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>مصدر جديد</translation>
    </message>
    <message>
        <source>Name (&amp;Arabic)</source>
        <translation>الاسم (بال&amp;عربية)</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>الاسم (بالإ&amp;نكليزية)</translation>
    </message>
    <message>
        <source>Other &amp;names</source>
        <translation>أسماء &amp;أخرى</translation>
    </message>
    <message>
        <source>One per line: spellings and short names that should find this source.</source>
        <translation>اسم في كل سطر: التهجئات والأسماء المختصرة التي يجب أن تدل على هذا المصدر.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>الم&amp;وثوقية</translation>
    </message>
    <message>
        <source>Admiralty grade of the source&apos;s track record; F when it cannot be judged.</source>
        <translation>درجة موثوقية المصدر وفق سلّم الأميرالية حسب سجله؛ F إذا تعذّر الحكم.</translation>
    </message>
    <message>
        <source>&amp;Web address</source>
        <translation>عنوان ال&amp;ويب</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>م&amp;لاحظات</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>ال&amp;تواصل</translation>
    </message>
    <message>
        <source>Personal data: left out of redacted exports.</source>
        <translation>بيانات شخصية: تُستبعد من التصدير المنقّح.</translation>
    </message>
    <message>
        <source>&amp;Sensitive</source>
        <translation>&amp;حساس</translation>
    </message>
    <message>
        <source>The notes are sensitive</source>
        <translation>الملاحظات حساسة</translation>
    </message>
</context>
<context>
    <name>SourcePicker</name>
    <message>
        <source>Type the source’s name…</source>
        <translation>اكتب اسم المصدر…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Reliability:</source>
        <translation>الموثوقية:</translation>
    </message>
    <message>
        <source>New source: “%1”</source>
        <translation>مصدر جديد: «%1»</translation>
    </message>
    <message>
        <source>(new source)</source>
        <translation>(مصدر جديد)</translation>
    </message>
    <message>
        <source>A source already in the database</source>
        <translation>مصدر موجود في قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>الم&amp;وثوقية</translation>
    </message>
    <message>
        <source>Any reliability</source>
        <translation>أي موثوقية</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>لا مصادر</numerusform>
            <numerusform>مصدر واحد</numerusform>
            <numerusform>مصدران</numerusform>
            <numerusform>%Ln مصادر</numerusform>
            <numerusform>%Ln مصدرًا</numerusform>
            <numerusform>%Ln مصدر</numerusform>
        </translation>
    </message>
    <message>
        <source>No source matches. &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;.</source>
        <translation>لا يوجد مصدر مطابق. &lt;a href=&quot;clear&quot;&gt;امسح عوامل التصفية&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No sources yet. &lt;a href=&quot;new&quot;&gt;Add the first source&lt;/a&gt;: every report needs one.</source>
        <translation>لا توجد مصادر بعد. &lt;a href=&quot;new&quot;&gt;أضف المصدر الأول&lt;/a&gt;: لكل تقرير مصدر لا بد منه.</translation>
    </message>
</context>
<context>
    <name>TotalCard</name>
    <message>
        <source>no reports yet</source>
        <translation>لا تقارير بعد</translation>
    </message>
    <message>
        <source>low %1, no upper bound</source>
        <translation>الأدنى %1، بلا حد أعلى</translation>
    </message>
    <message>
        <source>low %1 – high %2</source>
        <translation>الأدنى %1 – الأعلى %2</translation>
    </message>
    <message numerus="yes">
        <source>in %n incident(s)</source>
        <translation>
            <numerusform>في لا حوادث</numerusform>
            <numerusform>في حادثة واحدة</numerusform>
            <numerusform>في حادثتين</numerusform>
            <numerusform>في %Ln حوادث</numerusform>
            <numerusform>في %Ln حادثة</numerusform>
            <numerusform>في %Ln حادثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet cross-referenced</source>
        <translation>
            <numerusform>كلها مقاطَعة</numerusform>
            <numerusform>واحدة لم تُقاطَع بعد</numerusform>
            <numerusform>اثنتان لم تُقاطَعا بعد</numerusform>
            <numerusform>%Ln لم تُقاطَع بعد</numerusform>
            <numerusform>%Ln لم تُقاطَع بعد</numerusform>
            <numerusform>%Ln لم تُقاطَع بعد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationError</name>
    <message>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <source>Enter a name in Arabic.</source>
        <translation>أدخل اسمًا بالعربية.</translation>
    </message>
    <message>
        <source>Not a date: {value}.</source>
        <translation>ليس تاريخًا: {value}.</translation>
    </message>
    <message>
        <source>The date {value} is in the future.</source>
        <translation>التاريخ {value} في المستقبل.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاريخ النهاية قبل تاريخ البداية.</translation>
    </message>
    <message>
        <source>Not a whole number: {value}.</source>
        <translation>ليس عددًا صحيحًا: {value}.</translation>
    </message>
    <message>
        <source>A figure cannot be negative.</source>
        <translation>لا يمكن أن يكون الرقم سالبًا.</translation>
    </message>
    <message>
        <source>The maximum ({max}) is smaller than the minimum ({min}).</source>
        <translation>الحد الأعلى ({max}) أصغر من الحد الأدنى ({min}).</translation>
    </message>
    <message>
        <source>Give a figure, or the words the report used (&quot;dozens&quot;).</source>
        <translation>أدخل رقمًا، أو العبارة التي استخدمها التقرير («العشرات»).</translation>
    </message>
    <message>
        <source>A maximum needs a minimum.</source>
        <translation>الحد الأعلى يحتاج إلى حد أدنى.</translation>
    </message>
    <message>
        <source>Credibility is graded from 1 to 6.</source>
        <translation>تُقيَّم المصداقية من 1 إلى 6.</translation>
    </message>
    <message>
        <source>Not one of the choices: {value}.</source>
        <translation>ليس من الخيارات المتاحة: {value}.</translation>
    </message>
    <message>
        <source>Every report needs a source.</source>
        <translation>لكل تقرير مصدر لا بد منه.</translation>
    </message>
    <message>
        <source>The chosen record no longer exists.</source>
        <translation>السجل المختار لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>A report cannot relay itself.</source>
        <translation>لا يمكن أن ينقل التقرير عن نفسه.</translation>
    </message>
    <message>
        <source>Give at least one place.</source>
        <translation>أدخل مكانًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Exactly one place must be the primary one.</source>
        <translation>يجب أن يكون مكان واحد فقط هو المكان الرئيسي.</translation>
    </message>
    <message>
        <source>The same place is listed twice.</source>
        <translation>المكان نفسه مذكور مرتين.</translation>
    </message>
    <message>
        <source>Choose the place this one is inside.</source>
        <translation>اختر المكان الذي يقع هذا المكان ضمنه.</translation>
    </message>
    <message>
        <source>A {level} cannot be inside a {parent_level}.</source>
        <translation>لا يمكن أن يقع «{level}» ضمن «{parent_level}».</translation>
    </message>
    <message>
        <source>A place cannot be inside itself.</source>
        <translation>لا يمكن أن يقع مكان ضمن نفسه.</translation>
    </message>
    <message>
        <source>The P-code {value} is already used by another place.</source>
        <translation>الرمز {value} مستخدم لمكان آخر.</translation>
    </message>
    <message>
        <source>Latitude must be between -90 and 90.</source>
        <translation>يجب أن يكون خط العرض بين -90 و90.</translation>
    </message>
    <message>
        <source>Longitude must be between -180 and 180.</source>
        <translation>يجب أن يكون خط الطول بين -180 و180.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>أدخل خطي العرض والطول معًا، أو لا تدخل أيًّا منهما.</translation>
    </message>
    <message>
        <source>A claim belongs to a report.</source>
        <translation>ينتمي الادعاء إلى تقرير.</translation>
    </message>
    <message>
        <source>A claim belongs to an incident.</source>
        <translation>ينتمي الادعاء إلى حادثة.</translation>
    </message>
    <message>
        <source>{what} is used by other records: {uses}.</source>
        <translation>{what}: تستخدمه سجلات أخرى: {uses}.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>طويل جدًا: {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>A web address starts with http:// or https://.</source>
        <translation>يبدأ عنوان الويب بـ http:// أو https://.</translation>
    </message>
    <message>
        <source>A web address needs a server name after //, such as https://example.org/….</source>
        <translation>يحتاج الرابط إلى اسم خادم بعد //‎، مثل https://example.org/…‎.</translation>
    </message>
    <message>
        <source>Too large a number: {value}.</source>
        <translation>الرقم كبير جداً: {value}.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>audit entry %1 has no place in any chain (inserted outside the app)</source>
        <translation>مدخلة السجل %1 لا مكان لها في أي سلسلة (أُدرجت خارج البرنامج)</translation>
    </message>
    <message>
        <source>this database&apos;s chain ends at %1, its head says %2</source>
        <translation>سلسلة هذه القاعدة تنتهي عند %1، ورأسها يقول %2</translation>
    </message>
    <message>
        <source>entries go on to %1 after the head %2 (head changed, or entries added outside the app)</source>
        <translation>المدخلات تمتد إلى %1 بعد الرأس %2 (تغيّر الرأس، أو أُضيفت مدخلات خارج البرنامج)</translation>
    </message>
    <message>
        <source>no entry %1 has the head&apos;s hash %2…</source>
        <translation>لا مدخلة برقم %1 تحمل بصمة الرأس %2…</translation>
    </message>
    <message>
        <source>entries %1–%2 of this database&apos;s chain are gone (deleted outside the app)</source>
        <translation>المدخلات %1–%2 من سلسلة هذه القاعدة مفقودة (حُذفت خارج البرنامج)</translation>
    </message>
    <message>
        <source>the head says %1 entries, the log has none</source>
        <translation>الرأس يذكر %1 مدخلة، والسجل خالٍ منها</translation>
    </message>
    <message>
        <source>two entries are number %1 of this database&apos;s chain: one was added outside the app (or a copy of this file was used elsewhere and merged back)</source>
        <translation>مدخلتان تحملان الرقم %1 في سلسلة هذه القاعدة: أُضيفت إحداهما خارج البرنامج (أو استُعملت نسخة من هذا الملف في مكان آخر ثم دُمجت)</translation>
    </message>
    <message>
        <source>audit entry %1 does not match its hash (changed outside the app)</source>
        <translation>مدخلة السجل %1 لا تطابق بصمتها (عُدّلت خارج البرنامج)</translation>
    </message>
    <message>
        <source>audit entry %1 does not follow the entry before it (an entry before it was changed or replaced)</source>
        <translation>مدخلة السجل %1 لا تتبع المدخلة التي قبلها (عُدّلت مدخلة سابقة أو استُبدلت)</translation>
    </message>
    <message>
        <source>audit entry %1 is first but names a previous entry</source>
        <translation>مدخلة السجل %1 هي الأولى لكنها تشير إلى مدخلة سابقة</translation>
    </message>
    <message>
        <source>the record is gone but its history never deleted it (deleted outside the app)</source>
        <translation>السجل غير موجود لكن تاريخه لم يحذفه قط (حُذف خارج البرنامج)</translation>
    </message>
    <message>
        <source>no audit entry ever made this record (added outside the app)</source>
        <translation>لم تُنشئ أي مدخلة في السجل هذا السجل (أُضيف خارج البرنامج)</translation>
    </message>
    <message>
        <source>the history deleted this record, yet it is here (restored outside the app)</source>
        <translation>حذف التاريخ هذا السجل، لكنه موجود (أُعيد خارج البرنامج)</translation>
    </message>
    <message>
        <source>is %1, its last audit entry says %2 (changed outside the app)</source>
        <translation>قيمته %1، وآخر مدخلة له في السجل تقول %2 (عُدّل خارج البرنامج)</translation>
    </message>
    <message>
        <source>the bytes of «%1» no longer match the SHA-256 %2… recorded when it was attached (changed outside the app)</source>
        <translation>محتوى «%1» لم يعد يطابق بصمة SHA-256 ‏%2… المسجّلة عند إرفاقه (عُدّل خارج البرنامج)</translation>
    </message>
    <message>
        <source>the bytes of «%1» (SHA-256 %2…) are gone (deleted outside the app)</source>
        <translation>محتوى «%1» (SHA-256 ‏%2…) مفقود (حُذف خارج البرنامج)</translation>
    </message>
    <message>
        <source>another database (%1): its entries %2–%3 are not here (bundles bring pieces of other databases&apos; chains)</source>
        <translation>قاعدة أخرى (%1): مدخلاتها %2–%3 ليست هنا (الحزم تحمل أجزاء من سلاسل قواعد أخرى)</translation>
    </message>
    <message>
        <source>another database (%1) forks at %2: a copy of that database was used in two places</source>
        <translation>قاعدة أخرى (%1) تتفرّع عند %2: استُعملت نسخة من تلك القاعدة في مكانين</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, field “%2”</source>
        <translation>%1، الحقل «%2»</translation>
    </message>
    <message>
        <source>file contents</source>
        <translation>محتوى الملف</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; last entry that holds: %2</source>
        <translation>%1؛ آخر مدخلة سليمة: %2</translation>
    </message>
    <message>
        <source>Verify history</source>
        <translation>التحقق من السجل</translation>
    </message>
    <message>
        <source>&lt;b&gt;The history is intact.&lt;/b&gt; %1 audit entries: every one matches its hash and follows the one before it, and every record is what its history says. Head of the history (write it down, or compare it with an export&apos;s About sheet):</source>
        <translation>&lt;b&gt;السجل سليم.&lt;/b&gt; %1 مدخلة تدقيق: كلٌّ منها يطابق بصمته ويتبع التي قبله، وكل سجل على ما يقوله تاريخه. رأس السجل (دوّنه، أو قارنه بورقة «حول» في ملف مُصدَّر):</translation>
    </message>
    <message>
        <source>%1: %2 entries</source>
        <translation>%1: %2 مدخلة</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The history does not hold: %n change(s) were made outside the app.&lt;/b&gt; Each line names the table, the record, the field and the last entry that still holds.</source>
        <translation>
            <numerusform>&lt;b&gt;السجل لا يصمد: %Ln تعديل أُجري خارج البرنامج.&lt;/b&gt; كل سطر يسمّي الجدول والسجل والحقل وآخر مدخلة ما زالت صحيحة.</numerusform>
            <numerusform>&lt;b&gt;السجل لا يصمد: %Ln تعديل أُجري خارج البرنامج.&lt;/b&gt; كل سطر يسمّي الجدول والسجل والحقل وآخر مدخلة ما زالت صحيحة.</numerusform>
            <numerusform>&lt;b&gt;السجل لا يصمد: %Ln تعديل أُجري خارج البرنامج.&lt;/b&gt; كل سطر يسمّي الجدول والسجل والحقل وآخر مدخلة ما زالت صحيحة.</numerusform>
            <numerusform>&lt;b&gt;السجل لا يصمد: %Ln تعديل أُجري خارج البرنامج.&lt;/b&gt; كل سطر يسمّي الجدول والسجل والحقل وآخر مدخلة ما زالت صحيحة.</numerusform>
            <numerusform>&lt;b&gt;السجل لا يصمد: %Ln تعديل أُجري خارج البرنامج.&lt;/b&gt; كل سطر يسمّي الجدول والسجل والحقل وآخر مدخلة ما زالت صحيحة.</numerusform>
            <numerusform>&lt;b&gt;السجل لا يصمد: %Ln تعديل أُجري خارج البرنامج.&lt;/b&gt; كل سطر يسمّي الجدول والسجل والحقل وآخر مدخلة ما زالت صحيحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the history…</source>
        <translation>جارٍ التحقق من السجل…</translation>
    </message>
</context>
<context>
    <name>VictimsList</name>
    <message>
        <source>killed</source>
        <translation>قتيل</translation>
    </message>
    <message>
        <source>injured</source>
        <translation>مصاب</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>معتقل</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>civilian</source>
        <translation>مدني</translation>
    </message>
    <message>
        <source>combatant</source>
        <translation>مقاتل</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>adult</source>
        <translation>بالغ</translation>
    </message>
    <message>
        <source>son</source>
        <translation>ابن</translation>
    </message>
    <message>
        <source>daughter</source>
        <translation>ابنة</translation>
    </message>
    <message>
        <source>brother</source>
        <translation>شقيق</translation>
    </message>
    <message>
        <source>sister</source>
        <translation>شقيقة</translation>
    </message>
    <message>
        <source>father</source>
        <translation>والد</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>والدة</translation>
    </message>
    <message>
        <source>wife</source>
        <translation>زوجة</translation>
    </message>
    <message>
        <source>husband</source>
        <translation>زوج</translation>
    </message>
    <message>
        <source>grandson</source>
        <translation>حفيد</translation>
    </message>
    <message>
        <source>granddaughter</source>
        <translation>حفيدة</translation>
    </message>
    <message>
        <source>uncle</source>
        <translation>عم</translation>
    </message>
    <message>
        <source>cousin</source>
        <translation>ابن عم</translation>
    </message>
    <message>
        <source>nephew</source>
        <translation>ابن أخ</translation>
    </message>
    <message>
        <source>niece</source>
        <translation>ابنة أخ</translation>
    </message>
    <message>
        <source>%1 of %2 (no name given)</source>
        <translation>%1 %2 (دون ذكر الاسم)</translation>
    </message>
    <message>
        <source>%1 (no name given)</source>
        <translation>%1 (دون ذكر الاسم)</translation>
    </message>
</context>
<context>
    <name>VictimsModel</name>
    <message>
        <source>OK</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>الاسم كما ورد</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما جرى</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Confirmed: saved as a person named by this report</source>
        <translation>مؤكَّد: يُحفظ شخصاً سمّاه هذا التقرير</translation>
    </message>
    <message>
        <source>Not confirmed: not saved</source>
        <translation>غير مؤكَّد: لن يُحفظ</translation>
    </message>
</context>
<context>
    <name>VictimsPanel</name>
    <message>
        <source>&amp;Named in the text: %1 (only confirmed ones are saved)</source>
        <translation>الأسماء الوار&amp;دة في النص: %1 (لا يُحفظ إلا المؤكَّد منها)</translation>
    </message>
    <message>
        <source>Confirm all names</source>
        <translation>تأكيد كل الأسماء</translation>
    </message>
    <message>
        <source>Save every person listed as named by this report</source>
        <translation>حفظ كل من في القائمة شخصاً سمّاه هذا التقرير</translation>
    </message>
</context>
</TS>
