<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <source>missing item</source>
        <translation>منتج ناقص</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>address problem</source>
        <translation>مشكلة في العنوان</translation>
    </message>
    <message>
        <source>Reprinting the inserts of {order}</source>
        <translation>إعادة طباعة مرفقات الطلب {order}</translation>
    </message>
    <message>
        <source>Reprinting the thank-you note of {order}</source>
        <translation>إعادة طباعة بطاقة الشكر للطلب {order}</translation>
    </message>
    <message>
        <source>Reprinting the voucher of {order}</source>
        <translation>إعادة طباعة قسيمة الخصم للطلب {order}</translation>
    </message>
    <message>
        <source>Reprinting the return label of {order}</source>
        <translation>إعادة طباعة ملصق الإرجاع للطلب {order}</translation>
    </message>
    <message>
        <source>Reprinting the packing slip of {order}</source>
        <translation>إعادة طباعة قائمة التعبئة للطلب {order}</translation>
    </message>
    <message>
        <source>{order} is not paid yet: do not pack it</source>
        <translation>الطلب {order} غير مدفوع بعد: لا تغلّفه</translation>
    </message>
    <message>
        <source>{order} was cancelled: do not pack it</source>
        <translation>الطلب {order} أُلغي: لا تغلّفه</translation>
    </message>
    <message>
        <source>{order} is already packed at {station} on {when:%Y-%m-%d %H:%M}</source>
        <translation>الطلب {order} مغلّف بالفعل في {station} بتاريخ {when:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <source>{order} is already packed</source>
        <translation>الطلب {order} مغلّف بالفعل</translation>
    </message>
    <message>
        <source>{order} is being packed elsewhere</source>
        <translation>الطلب {order} قيد التغليف في مكان آخر</translation>
    </message>
    <message>
        <source>{order} is being packed by {packer} at {station} since {since:%H:%M} — stale: a manager can take it over</source>
        <translation>يغلّف {packer} الطلب {order} في {station} منذ {since:%H:%M} — متوقف: يمكن للمدير أن يتولاه</translation>
    </message>
    <message>
        <source>{order} is being packed by {packer} at {station} since {since:%H:%M}</source>
        <translation>يغلّف {packer} الطلب {order} في {station} منذ {since:%H:%M}</translation>
    </message>
    <message>
        <source>Sign in first</source>
        <translation>سجّل الدخول أولًا</translation>
    </message>
    <message>
        <source>{order} has no open session to take over</source>
        <translation>لا توجد جلسة مفتوحة للطلب {order} لتولّيها</translation>
    </message>
    <message>
        <source>{order} is still being packed at {station}: its lease runs until {until:%H:%M}</source>
        <translation>الطلب {order} ما زال قيد التغليف في {station}: الحجز ساري حتى {until:%H:%M}</translation>
    </message>
    <message>
        <source>{order} taken over from the stale session (approved by {manager})</source>
        <translation>تم تولّي الطلب {order} من الجلسة المتوقفة (بموافقة {manager})</translation>
    </message>
    <message>
        <source>Held: {reason} ({packer}, {when:%d.%m. %H:%M}) — carried on where it stopped</source>
        <translation>عُلّق: {reason} ({packer}، {when:%d.%m. %H:%M}) — استُؤنف من حيث توقف</translation>
    </message>
    <message>
        <source>Resumed {order} where it was: {done} of {total} items in</source>
        <translation>استُؤنف الطلب {order} من حيث توقف: {done} من {total} منتجات في الطرد</translation>
    </message>
    <message>
        <source>Two codes in one scan: scan them one at a time</source>
        <translation>رمزان في مسح واحد: امسحهما واحدًا تلو الآخر</translation>
    </message>
    <message>
        <source>Not a barcode: {length} characters at once (at most {most}) — scan again</source>
        <translation>ليس رمزًا شريطيًا: {length} حرفًا دفعة واحدة (الحد الأقصى {most}) — امسح مرة أخرى</translation>
    </message>
    <message>
        <source>Database unreachable — {code} kept (scans waiting: {waiting}); retrying, carry on</source>
        <translation>قاعدة البيانات غير متاحة — حُفظ {code} (مسحات بالانتظار: {waiting})؛ نعيد المحاولة، تابع العمل</translation>
    </message>
    <message>
        <source>Database reachable again</source>
        <translation>قاعدة البيانات متاحة مجددًا</translation>
    </message>
    <message>
        <source>Database back, kept scans sent — {message}</source>
        <translation>عادت قاعدة البيانات، وأُرسلت المسحات المحفوظة — {message}</translation>
    </message>
    <message>
        <source>Nobody has the badge {badge!r}</source>
        <translation>لا أحد يحمل البطاقة {badge!r}</translation>
    </message>
    <message>
        <source>{name}: a manager&apos;s badge needs the PIN too</source>
        <translation>{name}: بطاقة المدير تحتاج إلى الرمز السري أيضًا</translation>
    </message>
    <message>
        <source>Hello {name} — scan an order</source>
        <translation>مرحبًا {name} — امسح طلبًا</translation>
    </message>
    <message>
        <source>Badge {badge!r} is not a manager&apos;s</source>
        <translation>البطاقة {badge!r} ليست بطاقة مدير</translation>
    </message>
    <message>
        <source>Wrong PIN for {name}</source>
        <translation>رمز سري خاطئ لـ {name}</translation>
    </message>
    <message>
        <source>Empty scan</source>
        <translation>مسح فارغ</translation>
    </message>
    <message>
        <source>{held} — {greeting}</source>
        <translation>{held} — {greeting}</translation>
    </message>
    <message>
        <source>{message} — {close}</source>
        <translation>{message} — {close}</translation>
    </message>
    <message>
        <source>add any packaging, then scan the carrier label (or COMPLETE)</source>
        <translation>أضف التغليف اللازم ثم امسح ملصق شركة الشحن (أو COMPLETE)</translation>
    </message>
    <message>
        <source>add any packaging, then scan the next order (or COMPLETE)</source>
        <translation>أضف التغليف اللازم ثم امسح الطلب التالي (أو COMPLETE)</translation>
    </message>
    <message>
        <source>add any packaging, then scan the carrier label or the next order</source>
        <translation>أضف التغليف اللازم ثم امسح ملصق شركة الشحن أو الطلب التالي</translation>
    </message>
    <message>
        <source>add any packaging, then scan COMPLETE</source>
        <translation>أضف التغليف اللازم ثم امسح COMPLETE</translation>
    </message>
    <message>
        <source>{packed}; {refused}</source>
        <translation>{packed}؛ {refused}</translation>
    </message>
    <message>
        <source>{packed} · {opened}</source>
        <translation>{packed} · {opened}</translation>
    </message>
    <message>
        <source>The scanner sent something unreadable ({code}): scan it again</source>
        <translation>أرسل الماسح شيئًا غير مقروء ({code}): امسح مرة أخرى</translation>
    </message>
    <message>
        <source>Not held: carry on packing</source>
        <translation>لم يُعلّق: تابع التغليف</translation>
    </message>
    <message>
        <source>Hold: scan the reason (missing item, damaged, address problem), or OK to carry on</source>
        <translation>تعليق: امسح السبب (منتج ناقص، تالف، مشكلة في العنوان) أو OK للمتابعة</translation>
    </message>
    <message>
        <source>Acknowledge the error first: scan OK or press Enter</source>
        <translation>أكّد الخطأ أولًا: امسح OK أو اضغط Enter</translation>
    </message>
    <message>
        <source>Scan a hold reason from the bench sheet (or CANCEL)</source>
        <translation>امسح سبب التعليق من ورقة الطاولة (أو CANCEL)</translation>
    </message>
    <message>
        <source>No order {code}: scan an order number or a packing slip</source>
        <translation>لا يوجد طلب {code}: امسح رقم طلب أو قائمة تعبئة</translation>
    </message>
    <message>
        <source>Too many: {item} — the order has {quantity}</source>
        <translation>أكثر من اللازم: {item} — الطلب فيه {quantity}</translation>
    </message>
    <message>
        <source>{item} {scanned}/{quantity}</source>
        <translation>{item} {scanned}/{quantity}</translation>
    </message>
    <message>
        <source>Sample added: {item}</source>
        <translation>أضيفت عيّنة: {item}</translation>
    </message>
    <message>
        <source>Wrong item: {item} is not in {order}</source>
        <translation>منتج خاطئ: {item} ليس ضمن الطلب {order}</translation>
    </message>
    <message>
        <source>Finish, hold or cancel {order} before opening another order</source>
        <translation>أكمل الطلب {order} أو علّقه أو ألغه قبل فتح طلب آخر</translation>
    </message>
    <message>
        <source>Tracking {code} ({carrier})</source>
        <translation>رقم التتبع {code} ({carrier})</translation>
    </message>
    <message>
        <source>Not signed in: {reason}</source>
        <translation>لم يتم تسجيل الدخول: {reason}</translation>
    </message>
    <message>
        <source>Not approved: {reason}</source>
        <translation>لم تتم الموافقة: {reason}</translation>
    </message>
    <message>
        <source>Unknown code {code}</source>
        <translation>رمز غير معروف {code}</translation>
    </message>
    <message>
        <source>Packaging: {packaging} — parcel plastic-free, {recycled}% recycled</source>
        <translation>التغليف: {packaging} — طرد خالٍ من البلاستيك، {recycled}% معاد تدويره</translation>
    </message>
    <message>
        <source>Packaging: {packaging} — parcel contains plastic, {recycled}% recycled</source>
        <translation>التغليف: {packaging} — الطرد يحتوي على بلاستيك، {recycled}% معاد تدويره</translation>
    </message>
    <message>
        <source>{message} — all items in: scan the packaging</source>
        <translation>{message} — كل المنتجات في الطرد: امسح التغليف</translation>
    </message>
    <message>
        <source>{message} — read the note, then scan OK</source>
        <translation>{message} — اقرأ الملاحظة ثم امسح OK</translation>
    </message>
    <message>
        <source>Error acknowledged</source>
        <translation>تم تأكيد الخطأ</translation>
    </message>
    <message>
        <source>Note acknowledged</source>
        <translation>تم تأكيد الملاحظة</translation>
    </message>
    <message>
        <source>Nothing to acknowledge</source>
        <translation>لا شيء لتأكيده</translation>
    </message>
    <message>
        <source>{code}: open an order first</source>
        <translation>{code}: افتح طلبًا أولًا</translation>
    </message>
    <message>
        <source>{order} put back on the list</source>
        <translation>أعيد الطلب {order} إلى القائمة</translation>
    </message>
    <message>
        <source>Short ship needs a manager: badge and PIN</source>
        <translation>الشحن الناقص يحتاج إلى مدير: البطاقة والرمز السري</translation>
    </message>
    <message>
        <source>{code}: open or pack an order first</source>
        <translation>{code}: افتح طلبًا أو غلّفه أولًا</translation>
    </message>
    <message>
        <source>{item} ({count} missing)</source>
        <translation>{item} (ناقص {count})</translation>
    </message>
    <message>
        <source>Not complete: {missing}</source>
        <translation>غير مكتمل: {missing}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Read the order&apos;s note and scan OK first</source>
        <translation>اقرأ ملاحظة الطلب وامسح OK أولًا</translation>
    </message>
    <message>
        <source>Scan the packaging first</source>
        <translation>امسح التغليف أولًا</translation>
    </message>
    <message>
        <source>{order} packed — well done</source>
        <translation>تم تغليف الطلب {order} — أحسنت</translation>
    </message>
    <message>
        <source>{message} (follow-ups not queued yet: {problem})</source>
        <translation>{message} (لم تُجدول رسائل المتابعة بعد: {problem})</translation>
    </message>
    <message>
        <source>No order is open</source>
        <translation>لا يوجد طلب مفتوح</translation>
    </message>
    <message>
        <source>{order} held: {reason}</source>
        <translation>عُلّق الطلب {order}: {reason}</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>لا شيء للتراجع عنه</translation>
    </message>
    <message>
        <source>Undone: {item} — now {scanned}/{quantity}</source>
        <translation>تم التراجع: {item} — الآن {scanned}/{quantity}</translation>
    </message>
    <message>
        <source>Undone: packaging {packaging} — {left} left in the parcel</source>
        <translation>تم التراجع: التغليف {packaging} — المتبقي في الطرد: {left}</translation>
    </message>
    <message>
        <source>Undone: tracking number {code}</source>
        <translation>تم التراجع: رقم التتبع {code}</translation>
    </message>
    <message>
        <source>Undone: sample {code}</source>
        <translation>تم التراجع: العيّنة {code}</translation>
    </message>
    <message>
        <source>{grams} g is not a parcel&apos;s weight (1 g to 70 kg)</source>
        <extracomment>what a parcel may weigh, in grams: the bench&apos;s and the command line&apos;s --weight alike</extracomment>
        <translation>{grams} غ ليس وزن طرد (من 1 غ إلى 70 كغ)</translation>
    </message>
    <message>
        <source>Weight {kilograms:.2f} kg</source>
        <translation>الوزن {kilograms:.2f} كغ</translation>
    </message>
    <message>
        <source>{message} — scan OK or press Enter</source>
        <translation>{message} — امسح OK أو اضغط Enter</translation>
    </message>
    <message>
        <source>thank-you note</source>
        <extracomment>what the bench calls each insert kind when it speaks of one (a refusal, the preprinted list)</extracomment>
        <translation>بطاقة الشكر</translation>
    </message>
    <message>
        <source>voucher</source>
        <translation>قسيمة الخصم</translation>
    </message>
    <message>
        <source>return label</source>
        <translation>ملصق الإرجاع</translation>
    </message>
    <message>
        <source>packing slip</source>
        <translation>قائمة التعبئة</translation>
    </message>
    <message>
        <source>{order} for {name} — items: {count}</source>
        <translation>الطلب {order} لـ {name} — المنتجات: {count}</translation>
    </message>
    <message>
        <source>GIFT: no prices in the parcel</source>
        <translation>هدية: لا أسعار داخل الطرد</translation>
    </message>
    <message>
        <source>read the NOTE and scan OK</source>
        <translation>اقرأ الملاحظة وامسح OK</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>pre-printed {inserts}: put them in</source>
        <translation>مطبوع مسبقًا: {inserts} — ضعها في الطرد</translation>
    </message>
    <message>
        <source>Vouchers &amp; returns</source>
        <translation>القسائم والمرتجعات</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>التوصيل</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>الإرسال</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>الطابعات</translation>
    </message>
    <message>
        <source>Voucher code prefix</source>
        <translation>بادئة رمز القسيمة</translation>
    </message>
    <message>
        <source>The letters every voucher code starts with, as in VA-K7QM-3XPA-R.</source>
        <translation>الأحرف التي يبدأ بها كل رمز قسيمة، كما في VA-K7QM-3XPA-R.</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>نسبة الخصم</translation>
    </message>
    <message>
        <source>The voucher&apos;s discount in percent; 0 gives the amount off per currency instead.</source>
        <translation>خصم القسيمة بالنسبة المئوية؛ القيمة 0 تمنح بدلًا منه مبلغ الخصم لكل عملة.</translation>
    </message>
    <message>
        <source>Amount off per currency, when percent is 0 (JSON)</source>
        <translation>مبلغ الخصم لكل عملة عندما تكون النسبة 0 (JSON)</translation>
    </message>
    <message>
        <source>Currency and amount, like {example}; used only while the percent off is 0.</source>
        <translation>العملة والمبلغ، مثل {example}؛ يُستخدم فقط ما دامت نسبة الخصم 0.</translation>
    </message>
    <message>
        <source>Minimum spend per currency (JSON)</source>
        <translation>الحد الأدنى للشراء لكل عملة (JSON)</translation>
    </message>
    <message>
        <source>The order value a voucher needs, per currency; empty for the shipped amounts.</source>
        <translation>قيمة الطلب التي تحتاجها القسيمة لكل عملة؛ اتركه فارغًا للمبالغ الافتراضية.</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>الصلاحية (أيام)</translation>
    </message>
    <message>
        <source>Days from packing until the voucher in the parcel expires.</source>
        <translation>الأيام من التغليف حتى انتهاء صلاحية القسيمة التي في الطرد.</translation>
    </message>
    <message>
        <source>Redeem link (with {code})</source>
        <translation>رابط الاستخدام (مع {code})</translation>
    </message>
    <message>
        <source>The shop&apos;s link that applies the voucher; {code} becomes the voucher code.</source>
        <translation>رابط المتجر الذي يطبّق القسيمة؛ يُستبدل {code} برمز القسيمة.</translation>
    </message>
    <message>
        <source>RMA prefix</source>
        <translation>بادئة RMA</translation>
    </message>
    <message>
        <source>The letters every return number starts with.</source>
        <translation>الأحرف التي يبدأ بها كل رقم إرجاع.</translation>
    </message>
    <message>
        <source>Return window (days from delivery)</source>
        <translation>مهلة الإرجاع (أيام من التسليم)</translation>
    </message>
    <message>
        <source>How long the customer may send the parcel back; printed on the return label.</source>
        <translation>المدة التي يمكن للعميل خلالها إعادة الطرد؛ تُطبع على ملصق الإرجاع.</translation>
    </message>
    <message>
        <source>Returns portal link (with {rma})</source>
        <translation>رابط بوابة الإرجاع (مع {rma})</translation>
    </message>
    <message>
        <source>Printed on the return label; {rma} becomes the return number.</source>
        <translation>يُطبع على ملصق الإرجاع؛ يُستبدل {rma} برقم الإرجاع.</translation>
    </message>
    <message>
        <source>Working days in transit, by shipping method (JSON)</source>
        <translation>أيام العمل في الطريق حسب طريقة الشحن (JSON)</translation>
    </message>
    <message>
        <source>A word of the shipping method and its working days to the door; {default} for every other method. The estimated delivery is counted from these.</source>
        <translation>كلمة من طريقة الشحن وعدد أيام العمل حتى الباب؛ {default} لكل طريقة أخرى. منها يُحسب موعد التسليم المتوقع.</translation>
    </message>
    <message>
        <source>Days when no parcel moves (JSON list of dates)</source>
        <translation>أيام لا تتحرك فيها الطرود (قائمة تواريخ JSON)</translation>
    </message>
    <message>
        <source>Dates like {example}, left out when the working days in transit are counted.</source>
        <translation>تواريخ مثل {example}، تُستثنى عند عدّ أيام العمل في الطريق.</translation>
    </message>
    <message>
        <source>Tracking link per carrier (JSON, with {number})</source>
        <translation>رابط التتبع لكل شركة شحن (JSON، مع {number})</translation>
    </message>
    <message>
        <source>Every carrier packstation knows already links its own tracking page. Set one here only to use another page: the carrier as your shop writes it and the link; {number} becomes the parcel&apos;s tracking number.</source>
        <translation>كل شركة شحن يعرفها packstation لها رابط صفحة التتبع الخاصة بها. اضبط رابطًا هنا فقط إن أردت صفحة أخرى: اسم الشركة كما يكتبه متجرك والرابط؛ يُستبدل {number} برقم تتبع الطرد.</translation>
    </message>
    <message>
        <source>SMTP server (smtp://user@host:587?starttls=1)</source>
        <translation>خادم SMTP (smtp://user@host:587?starttls=1)</translation>
    </message>
    <message>
        <source>Where the follow-up e-mails are sent through. Its password is never stored here: it goes in {variable} or the OS keyring.</source>
        <translation>الخادم الذي تُرسل عبره رسائل المتابعة الإلكترونية. لا تُحفظ كلمة مروره هنا أبدًا: مكانها {variable} أو سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>SMS webhook</source>
        <translation>رابط Webhook للرسائل النصية</translation>
    </message>
    <message>
        <source>Each text message is posted here; while it is empty no texts are queued. Its token is never stored here: it goes in {variable} or the OS keyring.</source>
        <translation>تُرسل كل رسالة نصية إلى هنا؛ وما دام فارغًا لا تُضاف أي رسالة نصية إلى قائمة الانتظار. لا يُحفظ رمزه المميز هنا أبدًا: مكانه {variable} أو سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>No texts between (21:00-08:00)</source>
        <translation>لا رسائل نصية بين (21:00-08:00)</translation>
    </message>
    <message>
        <source>In the recipient&apos;s own time zone; a text due then waits until the morning.</source>
        <translation>حسب المنطقة الزمنية للمستلم؛ الرسالة النصية المستحقة في هذا الوقت تنتظر حتى الصباح.</translation>
    </message>
    <message>
        <source>Hours between marketing messages</source>
        <translation>الساعات بين الرسائل التسويقية</translation>
    </message>
    <message>
        <source>A customer gets no more than one marketing message in this many hours.</source>
        <translation>لا يتلقى العميل أكثر من رسالة تسويقية واحدة خلال هذا العدد من الساعات.</translation>
    </message>
    <message>
        <source>Review link (with {order})</source>
        <translation>رابط التقييم (مع {order})</translation>
    </message>
    <message>
        <source>The review request links here; {order} becomes the order number.</source>
        <translation>يشير طلب التقييم إلى هذا الرابط؛ يُستبدل {order} برقم الطلب.</translation>
    </message>
    <message>
        <source>Unsubscribe link (with {token})</source>
        <translation>رابط إلغاء الاشتراك (مع {token})</translation>
    </message>
    <message>
        <source>In every marketing message; {token} becomes the customer&apos;s own random link token, which the shop&apos;s unsubscribe page hands to `packstation unsubscribe`.</source>
        <translation>في كل رسالة تسويقية؛ يُستبدل {token} بمفتاح الرابط العشوائي الخاص بكل عميل، وتمرّره صفحة إلغاء الاشتراك في المتجر إلى الأمر `packstation unsubscribe`.</translation>
    </message>
    <message>
        <source>Referral link (with {token})</source>
        <translation>رابط الإحالة (مع {token})</translation>
    </message>
    <message>
        <source>In the referral invitation; {token} becomes the customer&apos;s own random link token.</source>
        <translation>في دعوة الإحالة؛ يُستبدل {token} بمفتاح الرابط العشوائي الخاص بكل عميل.</translation>
    </message>
    <message>
        <source>Referral invitation from order</source>
        <translation>دعوة الإحالة ابتداءً من الطلب رقم</translation>
    </message>
    <message>
        <source>A customer is invited to refer friends from this order of theirs on.</source>
        <translation>يُدعى العميل إلى إحالة أصدقائه ابتداءً من طلبه بهذا الرقم.</translation>
    </message>
    <message>
        <source>the tracking scan or the next order</source>
        <translation>مسح رقم التتبع أو الطلب التالي</translation>
    </message>
    <message>
        <source>the carrier label&apos;s tracking scan</source>
        <translation>مسح رقم التتبع من ملصق شركة الشحن</translation>
    </message>
    <message>
        <source>the next order&apos;s scan</source>
        <translation>مسح الطلب التالي</translation>
    </message>
    <message>
        <source>COMPLETE only (F9)</source>
        <translation>COMPLETE فقط (F9)</translation>
    </message>
    <message>
        <source>A ready parcel closes on</source>
        <translation>يُغلق الطرد الجاهز عند</translation>
    </message>
    <message>
        <source>Besides COMPLETE (F9), what closes a parcel whose items and packaging are all in. Never the first packaging scan.</source>
        <translation>ما يُغلق الطرد، إلى جانب COMPLETE (F9)، بعد وضع كل المنتجات والتغليف فيه. ليس أبدًا أول مسح للتغليف.</translation>
    </message>
    <message>
        <source>Packaging must be scanned</source>
        <translation>يجب مسح التغليف</translation>
    </message>
    <message>
        <source>An order cannot be completed before its packaging is scanned.</source>
        <translation>لا يمكن إكمال الطلب قبل مسح تغليفه.</translation>
    </message>
    <message>
        <source>Printer for each station and insert</source>
        <translation>الطابعة لكل محطة ومرفق</translation>
    </message>
    <message>
        <source>Which printer each station uses for each insert and for batches; the first row is every station&apos;s default.</source>
        <translation>الطابعة التي تستخدمها كل محطة لكل مرفق وللدفعات؛ الصف الأول هو الافتراضي لكل المحطات.</translation>
    </message>
    <message>
        <source>A6, one per page</source>
        <translation>A6، واحدة في كل صفحة</translation>
    </message>
    <message>
        <source>A4, four-up with cut marks</source>
        <translation>A4، أربع في الصفحة مع علامات القص</translation>
    </message>
    <message>
        <source>US Letter, four-up</source>
        <translation>US Letter، أربع في الصفحة</translation>
    </message>
    <message>
        <source>4×6 inch label</source>
        <translation>ملصق 4×6 بوصة</translation>
    </message>
    <message>
        <source>Page format at the bench</source>
        <translation>حجم الصفحة على الطاولة</translation>
    </message>
    <message>
        <source>The page the inserts are printed on when an order is packed.</source>
        <translation>الصفحة التي تُطبع عليها المرفقات عند تغليف الطلب.</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>دقيقة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتين</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتين</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}&apos;s badge is locked after {count} wrong PINs: a manager or admin must unlock it (Settings › Staff &amp; badges, or {command})</source>
        <translation>بطاقة {name} مقفلة بعد المحاولة الخاطئة رقم {count} لإدخال الرمز السري: يجب أن يفتحها مدير أو مسؤول النظام (الإعدادات › الموظفون والبطاقات، أو {command})</translation>
    </message>
    <message>
        <source>too many wrong PINs for {name}: try again in {wait}</source>
        <translation>محاولات خاطئة كثيرة جدًا للرمز السري لـ {name}: حاول مرة أخرى بعد {wait}</translation>
    </message>
    <message>
        <source>too many wrong PINs at {station}: try again in {wait}</source>
        <translation>محاولات خاطئة كثيرة جدًا للرمز السري في {station}: حاول مرة أخرى بعد {wait}</translation>
    </message>
    <message>
        <source>wrong PIN for {name}, {count} in a row: the badge is locked until a manager or admin unlocks it (Settings › Staff &amp; badges, or {command})</source>
        <translation>رمز سري خاطئ لـ {name} للمرة {count} على التوالي: البطاقة مقفلة حتى يفتحها مدير أو مسؤول النظام (الإعدادات › الموظفون والبطاقات، أو {command})</translation>
    </message>
    <message>
        <source>wrong PIN for {name}; too many wrong PINs at {station}: try again in {wait}</source>
        <translation>رمز سري خاطئ لـ {name}؛ محاولات خاطئة كثيرة جدًا في {station}: حاول مرة أخرى بعد {wait}</translation>
    </message>
    <message>
        <source>wrong PIN for {name}, {count} in a row: try again in {wait}</source>
        <translation>رمز سري خاطئ لـ {name} للمرة {count} على التوالي: حاول مرة أخرى بعد {wait}</translation>
    </message>
    <message>
        <source>wrong PIN for {name}</source>
        <translation>رمز سري خاطئ لـ {name}</translation>
    </message>
    <message>
        <source>{what} is not set — {window}, or `packstation setup {flags}`</source>
        <extracomment>{what} is what is missing (&quot;the shop&apos;s name&quot;), {window} where it is set, {flags} the command&apos;s options</extracomment>
        <translation>لم يُضبط بعد: {what} — {window}، أو `packstation setup {flags}`</translation>
    </message>
    <message>
        <source>Settings › Shop &amp; brand</source>
        <translation>الإعدادات › المتجر والعلامة التجارية</translation>
    </message>
    <message>
        <source>Settings › Vouchers &amp; returns</source>
        <translation>الإعدادات › القسائم والمرتجعات</translation>
    </message>
    <message>
        <source>Settings › Sending</source>
        <translation>الإعدادات › الإرسال</translation>
    </message>
    <message>
        <source>every message</source>
        <translation>كل الرسائل</translation>
    </message>
    <message>
        <source>the shop&apos;s name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <source>the support e-mail</source>
        <translation>البريد الإلكتروني للدعم</translation>
    </message>
    <message>
        <source>the return address</source>
        <translation>عنوان الإرجاع</translation>
    </message>
    <message>
        <source>the link where a voucher is redeemed</source>
        <translation>رابط استخدام القسيمة</translation>
    </message>
    <message>
        <source>the link of the returns page</source>
        <translation>رابط صفحة المرتجعات</translation>
    </message>
    <message>
        <source>the link where a customer writes a review</source>
        <translation>رابط كتابة التقييم</translation>
    </message>
    <message>
        <source>review request</source>
        <translation>طلب تقييم</translation>
    </message>
    <message>
        <source>the unsubscribe link</source>
        <translation>رابط إلغاء الاشتراك</translation>
    </message>
    <message>
        <source>every marketing message</source>
        <translation>كل الرسائل التسويقية</translation>
    </message>
    <message>
        <source>the referral link</source>
        <translation>رابط الإحالة</translation>
    </message>
    <message>
        <source>loyalty invitation</source>
        <translation>دعوة برنامج الولاء</translation>
    </message>
</context>
<context>
    <name>BatchView</name>
    <message>
        <source>Thank-you note</source>
        <translation>بطاقة الشكر</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>قسيمة الخصم</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>ملصق الإرجاع</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>قائمة التعبئة</translation>
    </message>
    <message>
        <source>Ready, not yet packed</source>
        <translation>جاهزة، لم تُغلّف بعد</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>معلّقة</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>مغلّفة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation>من YYYY-MM-DD</translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation>إلى YYYY-MM-DD</translation>
    </message>
    <message>
        <source>part of the shipping method</source>
        <translation>جزء من طريقة الشحن</translation>
    </message>
    <message>
        <source>an order tag</source>
        <translation>وسم الطلب</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <source>Only orders not yet pre-printed</source>
        <translation>الطلبات غير المطبوعة مسبقًا فقط</translation>
    </message>
    <message>
        <source>Or scan order numbers here, one per line</source>
        <translation>أو امسح أرقام الطلبات هنا، رقمًا في كل سطر</translation>
    </message>
    <message>
        <source>A6, one per page</source>
        <translation>A6، واحدة في كل صفحة</translation>
    </message>
    <message>
        <source>A4, four-up with cut marks</source>
        <translation>A4، أربع في الصفحة مع علامات القص</translation>
    </message>
    <message>
        <source>US Letter, four-up</source>
        <translation>US Letter، أربع في الصفحة</translation>
    </message>
    <message>
        <source>4×6 inch label</source>
        <translation>ملصق 4×6 بوصة</translation>
    </message>
    <message>
        <source>Each order&apos;s inserts together</source>
        <translation>مرفقات كل طلب معًا</translation>
    </message>
    <message>
        <source>By kind: all notes, then all vouchers…</source>
        <translation>حسب النوع: كل البطاقات ثم كل القسائم…</translation>
    </message>
    <message>
        <source>The day these parcels are packed: the notes say it, and the vouchers and return windows count from it</source>
        <translation>يوم تغليف هذه الطرود: تذكره بطاقات الشكر، ومنه تُحسب صلاحية القسائم ومهلة الإرجاع</translation>
    </message>
    <message>
        <source>Render  (Ctrl+R)</source>
        <translation>إنشاء  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel  (Esc)</source>
        <translation>إلغاء  (Esc)</translation>
    </message>
    <message>
        <source>Save as…  (Ctrl+S)</source>
        <translation>حفظ باسم…  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print  (Ctrl+P)</source>
        <translation>طباعة  (Ctrl+P)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Packing day</source>
        <translation>يوم التغليف</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>The &apos;{field}&apos; date {text} is not a date like 2026-11-25</source>
        <translation>التاريخ «{field}» {text} ليس تاريخًا بصيغة 2026-11-25</translation>
    </message>
    <message>
        <source>{orders} orders × {kinds} inserts = {pages} pages</source>
        <translation>الطلبات: {orders} × المرفقات: {kinds} = الصفحات: {pages}</translation>
    </message>
    <message>
        <source>Choose at least one insert</source>
        <translation>اختر مرفقًا واحدًا على الأقل</translation>
    </message>
    <message>
        <source>Packing day {day} has passed: it is {today} now — check the day and render again</source>
        <translation>مضى يوم التغليف {day}: اليوم هو {today} — تحقّق من اليوم وأعد الإنشاء</translation>
    </message>
    <message>
        <source>{done} / {total} orders, {left} s left</source>
        <translation>{done} / {total} طلبات، متبقٍ {left} ث</translation>
    </message>
    <message>
        <source>{done} / {total} orders</source>
        <translation>{done} / {total} طلبات</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Batch {batch} for {day}: {inserts} inserts on {pages} pages — {file}</source>
        <translation>الدفعة {batch} ليوم {day}: {inserts} مرفقات على {pages} صفحات — {file}</translation>
    </message>
    <message>
        <source>Not rendered: {error}</source>
        <translation>لم يُنشأ: {error}</translation>
    </message>
    <message>
        <source>Cancelled: no file was written, and orders not reached got no codes</source>
        <translation>أُلغي: لم يُكتب أي ملف، ولم تحصل الطلبات التي لم نصل إليها على رموز</translation>
    </message>
    <message>
        <source>Save the batch</source>
        <translation>حفظ الدفعة</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>حُفظ باسم {file}</translation>
    </message>
    <message>
        <source>Printing on {printer}…</source>
        <translation>جارٍ الطباعة على {printer}…</translation>
    </message>
    <message>
        <source>Printing failed — {error} (kept in the print queue)</source>
        <translation>فشلت الطباعة — {error} (محفوظة في قائمة انتظار الطباعة)</translation>
    </message>
    <message>
        <source>Printed on {printer}</source>
        <translation>طُبع على {printer}</translation>
    </message>
    <message>
        <source>Not printed: {error}</source>
        <translation>لم يُطبع: {error}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up your shop</source>
        <translation>إعداد متجرك</translation>
    </message>
    <message>
        <source>Who looks after the shop</source>
        <translation>من يدير المتجر</translation>
    </message>
    <message>
        <source>This shop has no staff yet. You become its first admin: you sign in with this badge and PIN to change the settings and add packers.</source>
        <translation>لا يوجد موظفون في هذا المتجر بعد. ستصبح أول مسؤول نظام فيه: بهذه البطاقة وهذا الرمز السري تسجّل الدخول لتغيير الإعدادات وإضافة عمال التغليف.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>اسمك:</translation>
    </message>
    <message>
        <source>Your badge:</source>
        <translation>بطاقتك:</translation>
    </message>
    <message>
        <source>scan it, or type e.g. A-0001</source>
        <translation>امسحها أو اكتبها، مثل A-0001</translation>
    </message>
    <message>
        <source>PIN (at least 6 digits):</source>
        <translation>الرمز السري (6 أرقام على الأقل):</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>أعد إدخال الرمز السري:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Setting up the shop needs a manager&apos;s badge and PIN.</source>
        <translation>يتطلب إعداد المتجر بطاقة المدير ورمزه السري.</translation>
    </message>
    <message>
        <source>Manager badge:</source>
        <translation>بطاقة المدير:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>الرمز السري:</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>متجرك</translation>
    </message>
    <message>
        <source>What every insert and message is signed with.</source>
        <translation>البيانات التي تُذيَّل بها كل المرفقات والرسائل.</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>اسم المتجر:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>الموقع الإلكتروني:</translation>
    </message>
    <message>
        <source>The shop runs on Shopify</source>
        <translation>المتجر يعمل على منصة Shopify</translation>
    </message>
    <message>
        <source>Support e-mail:</source>
        <translation>بريد الدعم:</translation>
    </message>
    <message>
        <source>Support phone:</source>
        <translation>هاتف الدعم:</translation>
    </message>
    <message>
        <source>a PNG or JPEG file</source>
        <translation>ملف PNG أو JPEG</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>الشعار:</translation>
    </message>
    <message>
        <source>Main colour:</source>
        <translation>اللون الرئيسي:</translation>
    </message>
    <message>
        <source>Accent colour:</source>
        <translation>لون التمييز:</translation>
    </message>
    <message>
        <source>Where returns go</source>
        <translation>وجهة المرتجعات</translation>
    </message>
    <message>
        <source>Printed on every return label, as the address.</source>
        <translation>يُطبع عنوانًا على كل ملصق إرجاع.</translation>
    </message>
    <message>
        <source>Name or company:</source>
        <translation>الاسم أو الشركة:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>الشارع:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>الرمز البريدي:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>المدينة:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <source>Where the voucher&apos;s QR code, the return label and the follow-up messages send your customers.</source>
        <translation>الصفحات التي يوجّه إليها رمز QR في القسيمة وملصق الإرجاع ورسائل المتابعة عملاءك.</translation>
    </message>
    <message>
        <source>Redeem a voucher:</source>
        <translation>استخدام القسيمة:</translation>
    </message>
    <message>
        <source>Returns page:</source>
        <translation>صفحة المرتجعات:</translation>
    </message>
    <message>
        <source>Write a review:</source>
        <translation>كتابة تقييم:</translation>
    </message>
    <message>
        <source>Unsubscribe:</source>
        <translation>إلغاء الاشتراك:</translation>
    </message>
    <message>
        <source>Referral:</source>
        <translation>الإحالة:</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Your logo</source>
        <translation>شعارك</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Filled in from your website: Shopify redeems a code at /discount/CODE. Check it.</source>
        <translation>مُلئت تلقائيًا من موقعك الإلكتروني: يستخدم Shopify الرموز على ‎/discount/CODE. تحقّق منها.</translation>
    </message>
    <message>
        <source>Not stored: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <source>the two PINs differ</source>
        <translation>الرمزان السريان غير متطابقين</translation>
    </message>
    <message>
        <source>The packaging catalogue is empty: before the first parcel, add your boxes and fillers in Settings (F11) › Packaging — the bench asks for each parcel&apos;s packaging.</source>
        <translation>كتالوج مواد التغليف فارغ: قبل الطرد الأول، أضف صناديقك ومواد الحشو من الإعدادات (F11) › التغليف، فمحطة التغليف تطلب مواد تغليف كل طرد.</translation>
    </message>
    <message>
        <source>Everything the inserts and messages need is set. Import your orders (File › Import) and scan the first one at the Pack screen.</source>
        <translation>كل ما تحتاجه المرفقات والرسائل مُعدّ. استورد طلباتك (ملف › استيراد) وامسح أولها في شاشة التغليف.</translation>
    </message>
    <message>
        <source>Stored. Still to set, in Settings (F11) — until then these are not printed or sent:</source>
        <translation>تم الحفظ. ما زال يلزم ضبط ما يلي في الإعدادات (F11)، وحتى ذلك الحين لن يُطبع أو يُرسل:</translation>
    </message>
</context>
<context>
    <name>FollowUpRulesPage</name>
    <message>
        <source>packing</source>
        <translation>التغليف</translation>
    </message>
    <message>
        <source>expected delivery</source>
        <translation>التسليم المتوقع</translation>
    </message>
    <message>
        <source>the voucher&apos;s expiry</source>
        <translation>انتهاء صلاحية القسيمة</translation>
    </message>
    <message>
        <source>running out</source>
        <translation>نفاد المنتج</translation>
    </message>
    <message>
        <source>the first order&apos;s anniversary</source>
        <translation>الذكرى السنوية لأول طلب</translation>
    </message>
    <message>
        <source>the customer&apos;s birthday</source>
        <translation>عيد ميلاد العميل</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>رسالة المتابعة</translation>
    </message>
    <message>
        <source>On</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>طريقة الإرسال</translation>
    </message>
    <message>
        <source>Given up after (days)</source>
        <translation>التوقف بعد (أيام)</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Only when (e.g. !is_gift, language=cs)</source>
        <translation>فقط عندما (مثل !is_gift، language=cs)</translation>
    </message>
    <message>
        <source>Days count from the moment under After (a minus: that many days before it). Marketing follow-ups go only to customers who agreed to them.</source>
        <translation>تُحسب الأيام من اللحظة المذكورة في عمود «بعد» (بإشارة سالب: قبلها بهذا العدد من الأيام). رسائل التسويق تصل فقط إلى العملاء الذين وافقوا عليها.</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>حفظ  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back to the shipped rules</source>
        <translation>العودة إلى القواعد الأصلية</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>تسويق</translation>
    </message>
    <message>
        <source>service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <source>{rule} on</source>
        <translation>{rule} مفعّل</translation>
    </message>
    <message>
        <source>Saved: the next parcels packed follow these rules</source>
        <translation>تم الحفظ: ستتبع الطرود المغلّفة التالية هذه القواعد</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>لم يتغير شيء</translation>
    </message>
</context>
<context>
    <name>InsertTextsPage</name>
    <message>
        <source>Thank-you note</source>
        <translation>بطاقة الشكر</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>قسيمة الخصم</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>ملصق الإرجاع</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>قائمة التعبئة</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>حفظ  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back to the shipped text</source>
        <translation>العودة إلى النص الأصلي</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The shop&apos;s own text</source>
        <translation>نص المتجر الخاص</translation>
    </message>
    <message>
        <source>The shipped text</source>
        <translation>النص الأصلي</translation>
    </message>
    <message>
        <source>Not right yet — the preview shows the text in use: {problem}</source>
        <translation>ليس صحيحًا بعد — تعرض المعاينة النص المستخدم حاليًا: {problem}</translation>
    </message>
    <message>
        <source>The preview could not be drawn: {error}</source>
        <translation>تعذّر رسم المعاينة: {error}</translation>
    </message>
    <message>
        <source>Checking the text against every kind of parcel…</source>
        <translation>جارٍ التحقق من النص مع كل أنواع الطرود…</translation>
    </message>
    <message>
        <source>Saved: every station prints it from now on</source>
        <translation>تم الحفظ: تطبعه كل المحطات من الآن</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>لم يتغير شيء</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pack  (F1)</source>
        <extracomment>the smallest bench monitor packstation is laid out for: every screen stays usable at this size</extracomment>
        <translation>التغليف  (F1)</translation>
    </message>
    <message>
        <source>Orders  (F2)</source>
        <translation>الطلبات  (F2)</translation>
    </message>
    <message>
        <source>Outbox  (F3)</source>
        <translation>صندوق الصادر  (F3)</translation>
    </message>
    <message>
        <source>Batch print  (F5)</source>
        <translation>طباعة الدفعات  (F5)</translation>
    </message>
    <message>
        <source>Manager  (F12)</source>
        <translation>المدير  (F12)</translation>
    </message>
    <message>
        <source>Print queue  (F10)</source>
        <translation>قائمة الطباعة  (F10)</translation>
    </message>
    <message>
        <source>Settings  (F11)</source>
        <translation>الإعدادات  (F11)</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>قاعدة البيانات: {database}</translation>
    </message>
    <message>
        <source>Still owed, not printed: {reason}</source>
        <translation>ما زال بانتظار الطباعة: {reason}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Import orders or products…</source>
        <translation>&amp;استيراد طلبات أو منتجات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>نص &amp;أكبر</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;تباين عالٍ</translation>
    </message>
    <message>
        <source>Text at {scale:.0%}, high contrast</source>
        <translation>النص بحجم {scale:.0%}، تباين عالٍ</translation>
    </message>
    <message>
        <source>Text at {scale:.0%}</source>
        <translation>النص بحجم {scale:.0%}</translation>
    </message>
    <message>
        <source>Print queue: {failed} failed  (F10)</source>
        <translation>قائمة الطباعة: {failed} فشلت  (F10)</translation>
    </message>
    <message>
        <source>{order}: printing failed — {error} (kept in the print queue)</source>
        <translation>{order}: فشلت الطباعة — {error} (محفوظة في قائمة الطباعة)</translation>
    </message>
    <message>
        <source>{order}: inserts printed</source>
        <translation>{order}: طُبعت المرفقات</translation>
    </message>
    <message>
        <source>{order}: printing the inserts…</source>
        <translation>{order}: جارٍ طباعة المرفقات…</translation>
    </message>
    <message>
        <source>{order}: printing failed — {error}</source>
        <translation>{order}: فشلت الطباعة — {error}</translation>
    </message>
    <message>
        <source>Import orders or products</source>
        <translation>استيراد طلبات أو منتجات</translation>
    </message>
    <message>
        <source>Shop exports (*.csv *.json);;All files (*)</source>
        <translation>ملفات تصدير المتجر (*.csv *.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>جارٍ استيراد {file}…</translation>
    </message>
    <message>
        <source>Imported {file}: {created} new, {updated} updated, {rejected} rows rejected</source>
        <translation>تم استيراد {file}: {created} جديدة، {updated} محدّثة، {rejected} صفوف مرفوضة</translation>
    </message>
    <message>
        <source>Import finished with problems</source>
        <translation>انتهى الاستيراد مع مشكلات</translation>
    </message>
    <message>
        <source>Import failed: nothing was imported</source>
        <translation>فشل الاستيراد: لم يُستورد شيء</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
</context>
<context>
    <name>ManagerApproval</name>
    <message>
        <source>Scan or type your manager badge</source>
        <translation>امسح بطاقة المدير أو اكتبها</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <source>Badge:</source>
        <translation>البطاقة:</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>الرمز السري:</translation>
    </message>
</context>
<context>
    <name>ManagerSignIn</name>
    <message>
        <source>Scan or type your manager badge</source>
        <translation>امسح بطاقة المدير أو اكتبها</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Not signed in: {reason}</source>
        <translation>لم يتم تسجيل الدخول: {reason}</translation>
    </message>
</context>
<context>
    <name>ManagerView</name>
    <message>
        <source>The manager&apos;s figures need a manager&apos;s badge and PIN.</source>
        <translation>أرقام المدير تحتاج إلى بطاقة المدير ورمزه السري.</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>مسجّل الدخول: {name}</translation>
    </message>
    <message>
        <source>by packer</source>
        <translation>حسب عامل التغليف</translation>
    </message>
    <message>
        <source>by station</source>
        <translation>حسب المحطة</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>حسب اليوم</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>حسب الساعة</translation>
    </message>
    <message>
        <source>Refresh  (F5)</source>
        <translation>تحديث  (F5)</translation>
    </message>
    <message>
        <source>CSV…  (Ctrl+E)</source>
        <translation>CSV…  (Ctrl+E)</translation>
    </message>
    <message>
        <source>PDF report…  (Ctrl+P)</source>
        <translation>تقرير PDF…  (Ctrl+P)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>الثواني</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Orders/h</source>
        <translation>طلبات/ساعة</translation>
    </message>
    <message>
        <source>Median s</source>
        <translation>الوسيط ث</translation>
    </message>
    <message>
        <source>P90 s</source>
        <translation>P90 ث</translation>
    </message>
    <message>
        <source>Wrong/100</source>
        <translation>خاطئة/100</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Plastic-free</source>
        <translation>خالٍ من البلاستيك</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>خاطئة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Double-click a packer to see their pack events</source>
        <translation>انقر نقرًا مزدوجًا على عامل تغليف لرؤية عمليات تغليفه</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <source>The figures could not be counted: {error}</source>
        <translation>تعذّر حساب الأرقام: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{orders}&lt;/b&gt; orders, {items} items, &lt;b&gt;{per_hour}&lt;/b&gt; orders an hour; pack time median &lt;b&gt;{median} s&lt;/b&gt;, 90th percentile {p90} s (single-item {single} s, multi-item {multi} s)</source>
        <translation>الطلبات: &lt;b&gt;{orders}&lt;/b&gt;، المنتجات: {items}، &lt;b&gt;{per_hour}&lt;/b&gt; طلبات في الساعة؛ وسيط زمن التغليف &lt;b&gt;{median} ث&lt;/b&gt;، المئين 90: {p90} ث (منتج واحد {single} ث، عدة منتجات {multi} ث)</translation>
    </message>
    <message>
        <source>Accuracy: &lt;b&gt;{wrong}&lt;/b&gt; wrong scans per 100 items, {over} over-scans, {manual} manual confirmations, {short} short ships; holds: {holds}</source>
        <translation>الدقة: &lt;b&gt;{wrong}&lt;/b&gt; مسحات خاطئة لكل 100 منتج، مسحات زائدة: {over}، تأكيدات يدوية: {manual}، شحنات ناقصة: {short}؛ التعليقات: {holds}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Eco: &lt;b&gt;{plastic_free}&lt;/b&gt; plastic-free, {recycled} % recycled content, {avoided} kg plastic avoided, {co2e} kg CO2e</source>
        <translation>البيئة: &lt;b&gt;{plastic_free}&lt;/b&gt; خالٍ من البلاستيك، {recycled} % محتوى معاد تدويره، تجنّب {avoided} كغ من البلاستيك، {co2e} كغ CO2e</translation>
    </message>
    <message>
        <source>Inserts at the bench {bench}, in batches {batches}; vouchers {issued} issued, {redeemed} redeemed ({rate}); returns {returned} of {labels} labels; follow-ups sent {sent}, failed {failed}</source>
        <translation>المرفقات على الطاولة {bench}، في دفعات {batches}؛ القسائم الصادرة {issued}، المستخدمة {redeemed} ({rate})؛ المرتجعات {returned} من {labels} ملصقات؛ رسائل المتابعة المرسلة {sent}، الفاشلة {failed}</translation>
    </message>
    <message>
        <source>Orders per hour of the day</source>
        <translation>الطلبات حسب ساعة اليوم</translation>
    </message>
    <message>
        <source>Orders per packer</source>
        <translation>الطلبات حسب عامل التغليف</translation>
    </message>
    <message>
        <source>Plastic-free share by day (%)</source>
        <translation>نسبة الطرود الخالية من البلاستيك يوميًا (%)</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>حفظ الجدول</translation>
    </message>
    <message>
        <source>{file}: cannot be written ({error})</source>
        <translation>{file}: تتعذّر الكتابة ({error})</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>تم الحفظ: {file}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>The report could not be written: {error}</source>
        <translation>تعذّرت كتابة التقرير: {error}</translation>
    </message>
    <message>
        <source>{packer}: loading…</source>
        <translation>{packer}: جارٍ التحميل…</translation>
    </message>
    <message>
        <source>{packer}: pack events: {count} (newest first)</source>
        <translation>{packer}: عمليات التغليف: {count} (الأحدث أولًا)</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>day of the period</source>
        <translation>يوم الفترة</translation>
    </message>
</context>
<context>
    <name>OrderListView</name>
    <message>
        <source>Search order number, name or e-mail  (Ctrl+F)</source>
        <translation>ابحث برقم الطلب أو الاسم أو البريد الإلكتروني  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses ({count})</source>
        <translation>كل الحالات ({count})</translation>
    </message>
    <message>
        <source>Orders: {count}</source>
        <translation>الطلبات: {count}</translation>
    </message>
    <message>
        <source>Orders: {count} — scroll for more</source>
        <translation>الطلبات: {count} — مرّر لرؤية المزيد</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>العلامات</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>هدية</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>فيه ملاحظة</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>هدية</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تم تخطيها</translation>
    </message>
    <message>
        <source>thank you</source>
        <translation>شكر</translation>
    </message>
    <message>
        <source>review request</source>
        <translation>طلب تقييم</translation>
    </message>
    <message>
        <source>replenishment</source>
        <translation>إعادة الشراء</translation>
    </message>
    <message>
        <source>goes well with</source>
        <translation>يتناسب مع</translation>
    </message>
    <message>
        <source>loyalty</source>
        <translation>الولاء</translation>
    </message>
    <message>
        <source>care tips</source>
        <translation>نصائح العناية</translation>
    </message>
    <message>
        <source>shipped text message</source>
        <translation>رسالة نصية بالشحن</translation>
    </message>
    <message>
        <source>voucher reminder</source>
        <translation>تذكير بالقسيمة</translation>
    </message>
    <message>
        <source>anniversary</source>
        <translation>ذكرى سنوية</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>عيد ميلاد</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>كل رسائل المتابعة</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>إلغاء الرسالة</translation>
    </message>
    <message>
        <source>Send again now</source>
        <translation>إعادة الإرسال الآن</translation>
    </message>
    <message>
        <source>Messages: {count}</source>
        <translation>الرسائل: {count}</translation>
    </message>
    <message>
        <source>Choose a message to see it as the customer will.</source>
        <translation>اختر رسالة لتراها كما سيراها العميل.</translation>
    </message>
    <message>
        <source>Text message to {recipient}</source>
        <translation>رسالة نصية إلى {recipient}</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <source>OK</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>PACKED</source>
        <translation>تم التغليف</translation>
    </message>
    <message>
        <source>WRONG ITEM</source>
        <translation>منتج خاطئ</translation>
    </message>
    <message>
        <source>TOO MANY</source>
        <translation>أكثر من اللازم</translation>
    </message>
    <message>
        <source>UNKNOWN CODE</source>
        <translation>رمز غير معروف</translation>
    </message>
    <message>
        <source>NOT NOW</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>KEPT — NO DATABASE</source>
        <translation>محفوظ — لا قاعدة بيانات</translation>
    </message>
    <message>
        <source>Enter</source>
        <extracomment>every key of the bench and what it does, as the key-hint bar shows them</extracomment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>إكمال</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>short ship</source>
        <translation>شحن ناقص</translation>
    </message>
    <message>
        <source>take over</source>
        <translation>تولّي</translation>
    </message>
    <message>
        <source>reprint</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>put back</source>
        <translation>إرجاع إلى القائمة</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>{station}: scan your badge to start</source>
        <translation>{station}: امسح بطاقتك للبدء</translation>
    </message>
    <message>
        <source>{order}: follow-ups not queued yet — {problem}</source>
        <translation>{order}: لم تُجدول رسائل المتابعة بعد — {problem}</translation>
    </message>
    <message>
        <source>Station {station}</source>
        <translation>المحطة {station}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>في الطرد</translation>
    </message>
    <message>
        <source> g</source>
        <translation> غ</translation>
    </message>
    <message>
        <source>weight…</source>
        <translation>الوزن…</translation>
    </message>
    <message>
        <source>Damaged label? Type the code here and press Enter</source>
        <translation>ملصق تالف؟ اكتب الرمز هنا واضغط Enter</translation>
    </message>
    <message>
        <source>SHIPPING</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <source>PACKAGING</source>
        <translation>التغليف</translation>
    </message>
    <message>
        <source>PARCEL</source>
        <translation>الطرد</translation>
    </message>
    <message>
        <source>TRACKING</source>
        <translation>التتبع</translation>
    </message>
    <message>
        <source>SAMPLE</source>
        <translation>العيّنة</translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>إرجاع إلى القائمة</translation>
    </message>
    <message>
        <source>Put {order} back on the list? What was scanned is dropped.</source>
        <translation>هل تريد إعادة الطلب {order} إلى القائمة؟ سيُحذف ما تم مسحه.</translation>
    </message>
    <message>
        <source>Keep packing</source>
        <translation>متابعة التغليف</translation>
    </message>
    <message>
        <source>Manager sign-in</source>
        <translation>دخول المدير</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>الرمز السري:</translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation>موافقة المدير</translation>
    </message>
    <message>
        <source>Scan or type the manager&apos;s badge, then the PIN:</source>
        <translation>امسح بطاقة المدير أو اكتبها، ثم الرمز السري:</translation>
    </message>
    <message>
        <source>Missing item</source>
        <translation>منتج ناقص</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>مشكلة في العنوان</translation>
    </message>
    <message>
        <source>Hold the order</source>
        <translation>تعليق الطلب</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>لماذا؟</translation>
    </message>
    <message>
        <source>All inserts</source>
        <translation>كل المرفقات</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>بطاقة الشكر</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>قسيمة الخصم</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>ملصق الإرجاع</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>قائمة التعبئة</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <source>Which insert?</source>
        <translation>أي مرفق؟</translation>
    </message>
    <message>
        <source>Take over an order</source>
        <translation>تولّي طلب</translation>
    </message>
    <message>
        <source>Order number:</source>
        <translation>رقم الطلب:</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>لم يسجّل أحد الدخول</translation>
    </message>
    <message>
        <source>Scan an order</source>
        <translation>امسح طلبًا</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>امسح بطاقتك</translation>
    </message>
    <message>
        <source>GIFT — no prices in the parcel.</source>
        <translation>هدية — لا أسعار داخل الطرد.</translation>
    </message>
    <message>
        <source>read</source>
        <translation>مقروءة</translation>
    </message>
    <message>
        <source>scan OK when read</source>
        <translation>امسح OK بعد القراءة</translation>
    </message>
    <message>
        <source>NOTE ({state}): {note}</source>
        <translation>ملاحظة ({state}): {note}</translation>
    </message>
    <message>
        <source>scan the box, mailer, fill, tape</source>
        <translation>امسح الصندوق، الظرف، الحشوة، الشريط</translation>
    </message>
    <message>
        <source>plastic-free</source>
        <translation>خالٍ من البلاستيك</translation>
    </message>
    <message>
        <source>contains plastic</source>
        <translation>يحتوي على بلاستيك</translation>
    </message>
    <message>
        <source>{verdict} · {recycled}% recycled</source>
        <translation>{verdict} · {recycled}% معاد تدويره</translation>
    </message>
    <message>
        <source>scan the carrier label</source>
        <translation>امسح ملصق شركة الشحن</translation>
    </message>
    <message>
        <source>added: {samples}</source>
        <translation>أضيف: {samples}</translation>
    </message>
    <message>
        <source>offer {sample} ({sku})</source>
        <translation>اعرض {sample} ({sku})</translation>
    </message>
</context>
<context>
    <name>PackagingPage</name>
    <message>
        <source>box</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <source>mailer</source>
        <translation>ظرف</translation>
    </message>
    <message>
        <source>void fill</source>
        <translation>حشوة</translation>
    </message>
    <message>
        <source>tape</source>
        <translation>شريط</translation>
    </message>
    <message>
        <source>wrap</source>
        <translation>لفافة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Weight g</source>
        <translation>الوزن غ</translation>
    </message>
    <message>
        <source>Plastic g</source>
        <translation>البلاستيك غ</translation>
    </message>
    <message>
        <source>Recycled %</source>
        <translation>معاد تدويره %</translation>
    </message>
    <message>
        <source>CO2e g</source>
        <translation>CO2e غ</translation>
    </message>
    <message>
        <source>Disposal texts</source>
        <translation>نصوص التخلص</translation>
    </message>
    <message>
        <source>recyclable</source>
        <translation>قابل لإعادة التدوير</translation>
    </message>
    <message>
        <source>home compostable</source>
        <translation>قابل للتسميد المنزلي</translation>
    </message>
    <message>
        <source>Code (scanned at the bench)</source>
        <translation>الرمز (يُمسح على الطاولة)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>المقاس</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>الوزن (غ)</translation>
    </message>
    <message>
        <source>Plastic (g)</source>
        <translation>البلاستيك (غ)</translation>
    </message>
    <message>
        <source>Recycled content (%)</source>
        <translation>المحتوى المعاد تدويره (%)</translation>
    </message>
    <message>
        <source>CO2e (g)</source>
        <translation>CO2e (غ)</translation>
    </message>
    <message>
        <source>How to dispose of it ({language})</source>
        <translation>طريقة التخلص منه ({language})</translation>
    </message>
    <message>
        <source>Save packaging  (Ctrl+S)</source>
        <translation>حفظ التغليف  (Ctrl+S)</translation>
    </message>
    <message>
        <source>New packaging</source>
        <translation>تغليف جديد</translation>
    </message>
</context>
<context>
    <name>PrintQueueView</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>وقت الإضافة</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Inserts</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>ما الخطأ</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>بالانتظار</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>طُبع</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Only jobs that have not printed</source>
        <translation>المهام غير المطبوعة فقط</translation>
    </message>
    <message>
        <source>Print again  (Ctrl+R)</source>
        <translation>اطبع مجددًا  (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>إلغاء المهمة</translation>
    </message>
    <message>
        <source>The print queue cannot be read: the database is unreachable ({error})</source>
        <translation>تتعذّر قراءة قائمة الطباعة: قاعدة البيانات غير متاحة ({error})</translation>
    </message>
    <message>
        <source>{waiting} waiting, {failed} of them failed</source>
        <translation>بالانتظار: {waiting}، منها {failed} فشلت</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>لا شيء بالانتظار</translation>
    </message>
    <message>
        <source>Printing {count} again…</source>
        <translation>إعادة طباعة: {count}…</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <source>Thank-you note</source>
        <translation>بطاقة الشكر</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>قسيمة الخصم</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>ملصق الإرجاع</translation>
    </message>
    <message>
        <source>Packing slip</source>
        <translation>قائمة التعبئة</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>A printer is folder:PATH, cups:QUEUE, raw:HOST:9100 (ZPL for a thermal printer) or qt:NAME. An empty cell uses the first row, then the print folder. Printers this computer knows: {known}</source>
        <translation>الطابعة هي folder:المسار أو cups:الطابور أو raw:HOST:9100 (ZPL لطابعة حرارية) أو qt:الاسم. الخلية الفارغة تستخدم الصف الأول ثم مجلد الطباعة. الطابعات المعروفة لهذا الحاسوب: {known}</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>حفظ  (Ctrl+S)</translation>
    </message>
    <message>
        <source>a bench that has not started yet, e.g. Bench 4</source>
        <translation>محطة لم تبدأ بعد، مثل Bench 4</translation>
    </message>
    <message>
        <source>Add a station</source>
        <translation>إضافة محطة</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>Every station</source>
        <translation>كل المحطات</translation>
    </message>
    <message>
        <source>Not added: {station}</source>
        <translation>لم تُضف: {station}</translation>
    </message>
    <message>
        <source>{station} added: set its printers, then save</source>
        <translation>أضيفت {station}: حدّد طابعاتها ثم احفظ</translation>
    </message>
</context>
<context>
    <name>ProductNamesPage</name>
    <message>
        <source>Find a product by SKU or name</source>
        <translation>ابحث عن منتج برمز SKU أو بالاسم</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Shop&apos;s name</source>
        <translation>الاسم في المتجر</translation>
    </message>
    <message>
        <source>Named in</source>
        <translation>الأسماء باللغات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Save names  (Ctrl+S)</source>
        <translation>حفظ الأسماء  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Names of {name} ({sku})</source>
        <translation>أسماء {name} ({sku})</translation>
    </message>
    <message>
        <source>Choose a product to name it in the customers&apos; languages.</source>
        <translation>اختر منتجًا لتسميته بلغات العملاء.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>حفظ  (Ctrl+S)</translation>
    </message>
    <message>
        <source>{field}: not JSON ({error})</source>
        <translation>{field}: ليس JSON ({error})</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <source>Saved: {fields}</source>
        <translation>تم الحفظ: {fields}</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>لم يتغير شيء</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Shop name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <source>Voice (warm, playful, calm)</source>
        <translation>الأسلوب (ودود، مرح، هادئ)</translation>
    </message>
    <message>
        <source>Support e-mail</source>
        <translation>بريد الدعم</translation>
    </message>
    <message>
        <source>Support phone</source>
        <translation>هاتف الدعم</translation>
    </message>
    <message>
        <source>Chat link</source>
        <translation>رابط المحادثة</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Main colour (#RRGGBB)</source>
        <translation>اللون الرئيسي (#RRGGBB)</translation>
    </message>
    <message>
        <source>Accent colour (#RRGGBB)</source>
        <translation>لون التمييز (#RRGGBB)</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>ملف الشعار</translation>
    </message>
    <message>
        <source>Return address (lines separated by |)</source>
        <translation>عنوان الإرجاع (الأسطر مفصولة بـ |)</translation>
    </message>
    <message>
        <source>The settings are for managers: scan your badge, type your PIN.</source>
        <translation>الإعدادات للمديرين: امسح بطاقتك واكتب رمزك السري.</translation>
    </message>
    <message>
        <source>Shop &amp;&amp; brand</source>
        <translation>المتجر والعلامة التجارية</translation>
    </message>
    <message>
        <source>Insert texts</source>
        <translation>نصوص المرفقات</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>رسائل المتابعة</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>التغليف</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Staff &amp;&amp; badges</source>
        <translation>الموظفون والبطاقات</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>هذه المحطة</translation>
    </message>
    <message>
        <source>send a test e-mail to…</source>
        <translation>أرسل بريدًا تجريبيًا إلى…</translation>
    </message>
    <message>
        <source>SMTP password for this test (not stored)</source>
        <translation>كلمة مرور SMTP لهذا الاختبار (لا تُحفظ)</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>إرسال بريد تجريبي</translation>
    </message>
    <message>
        <source>or a test text to +420…</source>
        <translation>أو رسالة نصية تجريبية إلى +971…</translation>
    </message>
    <message>
        <source>Send test text</source>
        <translation>إرسال رسالة نصية تجريبية</translation>
    </message>
    <message>
        <source>Sending to {recipient}…</source>
        <translation>جارٍ الإرسال إلى {recipient}…</translation>
    </message>
    <message>
        <source>Sending a text to {recipient}…</source>
        <translation>جارٍ إرسال رسالة نصية إلى {recipient}…</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>لم يُرسل: {error}</translation>
    </message>
    <message>
        <source>Staff language of this station</source>
        <translation>لغة الموظفين في هذه المحطة</translation>
    </message>
    <message>
        <source>Save the language</source>
        <translation>حفظ اللغة</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from its next start.</source>
        <translation>ستظهر النافذة باللغة المختارة بدءًا من التشغيل التالي.</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>لم يتغير شيء</translation>
    </message>
    <message>
        <source>Saved: {language}. Start packstation again to use it.</source>
        <translation>تم الحفظ: {language}. أعد تشغيل packstation لاستخدامها.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Badge, e.g. P-1005</source>
        <translation>البطاقة، مثل P-1005</translation>
    </message>
    <message>
        <source>PIN (managers: 6 digits or more)</source>
        <translation>الرمز السري (للمديرين: 6 أرقام أو أكثر)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Retire badge</source>
        <translation>إيقاف البطاقة</translation>
    </message>
    <message>
        <source>Unlock badge</source>
        <translation>فتح قفل البطاقة</translation>
    </message>
    <message>
        <source>Badge cards (PDF)…</source>
        <translation>بطاقات الموظفين (PDF)…</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>عامل تغليف</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <source>locked: too many wrong PINs</source>
        <translation>مقفلة: محاولات خاطئة كثيرة جدًا للرمز السري</translation>
    </message>
    <message>
        <source>Added {name} ({badge})</source>
        <translation>أضيف {name} ({badge})</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>لم يُضف: {reason}</translation>
    </message>
    <message>
        <source>Not retired: {reason}</source>
        <translation>لم يُوقف: {reason}</translation>
    </message>
    <message>
        <source>Unlocked {name} ({badge})</source>
        <translation>فُتح قفل بطاقة {name} ({badge})</translation>
    </message>
    <message>
        <source>{name} ({badge}) was not locked</source>
        <translation>{name} ({badge}): البطاقة لم تكن مقفلة</translation>
    </message>
    <message>
        <source>Not unlocked: {reason}</source>
        <translation>لم يُفتح القفل: {reason}</translation>
    </message>
    <message>
        <source>Select the badges to unlock first</source>
        <translation>حدّد أولًا البطاقات التي تريد فتح قفلها</translation>
    </message>
    <message>
        <source>Badge cards</source>
        <translation>بطاقات الموظفين</translation>
    </message>
    <message>
        <source>Badge cards: {count}, in {file}</source>
        <translation>بطاقات الموظفين: {count}، في {file}</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print: {inserts}</source>
        <translation>طباعة: {inserts}</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Unpaid</source>
        <translation>غير مدفوع</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>قيد التغليف</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>مغلّف</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
</context>
</TS>
