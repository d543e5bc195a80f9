<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>CallerController</name>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="80" />
        <source>Several clients have %s: choose one</source>
        <translation>%s нөмірі бірнеше клиентте: біреуін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="136" />
        <source>Call purpose: %s</source>
        <translation>Қоңырау мақсаты: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="141" />
        <source>No client on screen: nothing to transfer.</source>
        <translation>Клиент таңдалмаған: ауыстыратын ешкім жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="145" />
        <source>The proposal is to take the call here, not to transfer it.</source>
        <translation>Қоңырауды өзіңіз қабылдауыңыз керек, ауыстырмаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="148" />
        <source>Debt: overdue or over the limit</source>
        <translation>Қарыз: мерзімі өткен немесе лимиттен асқан</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="159" />
        <source>Transferred to %s</source>
        <translation>%s ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="167" />
        <source>No client on screen.</source>
        <translation>Клиент таңдалмаған.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="171" />
        <source>No head of sales is available to consult.</source>
        <translation>Кеңесу үшін сату басшысы жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="185" />
        <source>Consultation with %s noted on the call</source>
        <translation>%s кеңес қоңырауға жазылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="194" />
        <source>Find the client first (F3).</source>
        <translation>Алдымен клиентті табыңыз (F3).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="229" />
        <source>Order started for %s</source>
        <translation>%s үшін тапсырыс басталды</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../forms/client_card.ui" line="47" />
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="53" />
        <source>Price column:</source>
        <translation>Баға бағаны:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="59" />
        <source>Credit terms:</source>
        <translation>Несие шарттары:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="65" />
        <source>Delivery:</source>
        <translation>Жеткізу:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="71" />
        <source>BIN/IIN:</source>
        <translation>БСН/ЖСН:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="81" />
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="90" />
        <source>Last orders</source>
        <translation>Соңғы тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="100" />
        <source>Last calls</source>
        <translation>Соңғы қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="25" />
        <source>OK: orders may be taken</source>
        <translation>OK: тапсырыс қабылдауға болады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="28" />
        <source>CAUTION: close to the limit or due soon</source>
        <translation>НАЗАР АУДАРЫҢЫЗ: лимитке жақын немесе төлем мерзімі жақын</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="32" />
        <source>STOP: debt: no orders</source>
        <translation>ТОҚТА: қарыз, тапсырыс қабылданбайды</translation>
    </message>
</context>
<context>
    <name>ClientCardWidget</name>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="85" />
        <source>No client on screen</source>
        <translation>Клиент таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="87" />
        <source>Type a phone number, client code, BIN/IIN or part of the name above.</source>
        <translation>Жоғарыда телефонды, клиент кодын, БСН/ЖСН немесе атауының бөлігін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="116" />
        <location filename="../../orderdesk_gui/ui/client_card.py" line="172" />
        <source>until %s</source>
        <translation>%s дейін</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="119" />
        <source>not assigned</source>
        <translation>тағайындалмаған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="122" />
        <source>limit %s, payment within %d days</source>
        <translation>лимит %s, төлем мерзімі %d күн</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="134" />
        <source>fax %s</source>
        <translation>факс %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="137" />
        <source>receives goods</source>
        <translation>тауар қабылдайды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="139" />
        <source>no contacts</source>
        <translation>байланыстар жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="145" />
        <source>Owed &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Қарыз &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="148" />
        <source>overdue &lt;b&gt;%s&lt;/b&gt;, oldest %d days</source>
        <translation>мерзімі өткен &lt;b&gt;%s&lt;/b&gt;, ең ескісі %d күн</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="152" />
        <source>&lt;b&gt;%s over the limit&lt;/b&gt;</source>
        <translation>&lt;b&gt;лимиттен %s асты&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="155" />
        <source>headroom &lt;b&gt;%s&lt;/b&gt; of %s</source>
        <translation>қалдық &lt;b&gt;%s&lt;/b&gt; / %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="158" />
        <source>due within days: %s</source>
        <translation>жақын күндері төленуі тиіс: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="166" />
        <source>no key-account manager available</source>
        <translation>бос негізгі клиенттер менеджері жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="168" />
        <source>nobody assigned</source>
        <translation>ешкім тағайындалмаған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="168" />
        <source>nobody available</source>
        <translation>ешкім жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="174" />
        <source>substitute: %s</source>
        <translation>орнына: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="179" />
        <source>Take the order here</source>
        <translation>Тапсырысты өзіңіз қабылдаңыз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="183" />
        <source>Then pass to %s to assign a manager.</source>
        <translation>Содан кейін менеджер тағайындау үшін %s жіберіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="189" />
        <source>Nobody available</source>
        <translation>Ешкім орнында жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="193" />
        <source>Offer a callback.</source>
        <translation>Кері қоңырау ұсыныңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="197" />
        <source>(ext. %s)</source>
        <translation>(ішкі %s)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="198" />
        <source>Debt: transfer to %s</source>
        <translation>Қарыз: %s ауыстырыңыз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="198" />
        <source>Transfer to %s</source>
        <translation>%s ауыстырыңыз</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/client_dialog.py" line="44" />
        <source>Edit client card</source>
        <translation>Клиент карточкасын өзгерту</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_dialog.py" line="44" />
        <source>New client</source>
        <translation>Жаңа клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_dialog.py" line="69" />
        <source>(not assigned)</source>
        <translation>(тағайындалмаған)</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="6" />
        <source>Client card</source>
        <translation>Клиент карточкасы</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="10" />
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="12" />
        <source>&amp;Type:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="14" />
        <source>&amp;Phone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="16" />
        <source>&amp;BIN/IIN:</source>
        <translation>&amp;БСН/ЖСН:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="18" />
        <source>&amp;Status:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="20" />
        <source>&amp;City, region:</source>
        <translation>&amp;Қала, өңір:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="27" />
        <source>&amp;Delivery address:</source>
        <translation>&amp;Жеткізу мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="29" />
        <source>S&amp;hipping details:</source>
        <translation>Жө&amp;нелту деректемелері:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="31" />
        <source>Credit &amp;limit, payment days:</source>
        <translation>&amp;Лимит, төлем мерзімі (күн):</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="38" />
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="40" />
        <source>N&amp;otes:</source>
        <translation>Ж&amp;азбалар:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="46" />
        <source>Contacts (phones separated by commas; tick who may receive goods):</source>
        <translation>Байланыстар (телефондар үтір арқылы; тауар қабылдайтындарды белгілеңіз):</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="52" />
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="53" />
        <source>Role</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="54" />
        <source>Phones</source>
        <translation>Телефондар</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="55" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="56" />
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="57" />
        <source>Receives goods</source>
        <translation>Тауар қабылдайды</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="62" />
        <source>&amp;Add contact</source>
        <translation>Байланыс &amp;қосу</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="63" />
        <source>&amp;Remove contact</source>
        <translation>Байланысты &amp;жою</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="18" />
        <source>cash</source>
        <translation>қолма-қол</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="19" />
        <source>bank transfer</source>
        <translation>аударым</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="20" />
        <source>on account</source>
        <translation>лимит есебінен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="21" />
        <source>card</source>
        <translation>карта</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="43" />
        <source>&lt;b&gt;%s&lt;/b&gt;: %d lines, &lt;b&gt;%s&lt;/b&gt;, %s kg; offered %d of %d</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;: %d жол, &lt;b&gt;%s&lt;/b&gt;, %s кг; ұсынылды %d / %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="66" />
        <source>Invoice, waybill</source>
        <translation>Шот-фактура, жүкқұжат</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="98" />
        <source>The debt gate is red with this order: %s</source>
        <translation>Осы тапсырыспен қарыз қызыл аймақта: %s</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="6" />
        <source>Complete the order</source>
        <translation>Тапсырысты рәсімдеу</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="16" />
        <source>&amp;Delivery date:</source>
        <translation>&amp;Жеткізу күні:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="17" />
        <location filename="../../forms/completion_dialog.ui" line="26" />
        <source>dd.MM.yyyy, dddd</source>
        <translation>dd.MM.yyyy, dddd</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="18" />
        <source>&amp;Receiver:</source>
        <translation>&amp;Қабылдаушы:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="20" />
        <source>The receiver &amp;will be present (Space)</source>
        <translation>Қабылдаушы &amp;орнында болады (бос орын)</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="21" />
        <source>Pa&amp;yment:</source>
        <translation>&amp;Төлем:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="23" />
        <source>Doc&amp;uments to sign:</source>
        <translation>Қол қоятын &amp;құжаттар:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="25" />
        <source>&amp;Pickup on:</source>
        <translation>&amp;Өзі алып кетеді:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="27" />
        <source>S&amp;hipping details:</source>
        <translation>Жө&amp;нелту деректемелері:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="29" />
        <source>&amp;Comment:</source>
        <translation>&amp;Түсініктеме:</translation>
    </message>
</context>
<context>
    <name>FulfilmentDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="42" />
        <source>%d accepted orders wait for fulfilment, oldest first.</source>
        <translation>Орындауды күтетін қабылданған тапсырыстар: %d (ескілері алдымен).</translation>
    </message>
    <message>
        <location filename="../../forms/fulfilment_dialog.ui" line="6" />
        <source>Fulfilment queue</source>
        <translation>Орындау кезегі</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="34" />
        <source>Transfer to %s (F7)</source>
        <translation>%s ауыстыру (F7)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="37" />
        <source>Nobody in finance or the manager is available</source>
        <translation>Менеджер де, қаржы қызметі де орнында жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="51" />
        <source>%s due %s: &lt;b&gt;%s&lt;/b&gt; unpaid, &lt;b&gt;%d days&lt;/b&gt; overdue</source>
        <translation>%s, мерзімі %s: төленбеген &lt;b&gt;%s&lt;/b&gt;, кешіктіру &lt;b&gt;%d күн&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="60" />
        <source>… and %d more overdue documents</source>
        <translation>… тағы мерзімі өткен құжаттар: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="63" />
        <source>Owed &lt;b&gt;%s&lt;/b&gt;, limit %s: &lt;b&gt;%s over the limit&lt;/b&gt;</source>
        <translation>Қарыз &lt;b&gt;%s&lt;/b&gt;, лимит %s: &lt;b&gt;лимиттен %s асты&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="82" />
        <source>Write why the debt gate is overridden for this order.</source>
        <translation>Қарызға қарамастан тапсырыс неге қабылданатынын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="102" />
        <source>%s may not override the debt gate: ask finance or the head of sales.</source>
        <translation>%s тыйымды алып тастай алмайды: қаржы қызметіне немесе сату басшысына жүгініңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="106" />
        <source>Wrong user name or password of the approver.</source>
        <translation>Келісушінің аты немесе құпиясөзі қате.</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="6" />
        <source>Orders stopped by debt</source>
        <translation>Қарызға байланысты тапсырыстар тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="10" />
        <source>✖ STOP: no order while the debt is not settled</source>
        <translation>✖ ТОҚТА: қарыз өтелмейінше тапсырыс қабылданбайды</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="22" />
        <source>Transfer</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="28" />
        <source>Override for this order (finance or head of sales)</source>
        <translation>Осы тапсырысқа рұқсат беру (қаржы немесе сату басшысы)</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="32" />
        <source>&amp;Approved by (user):</source>
        <translation>&amp;Келісген (пайдаланушы):</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="41" />
        <source>Their &amp;password:</source>
        <translation>Оның &amp;құпиясөзі:</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="52" />
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="59" />
        <source>Why the order is taken despite the debt</source>
        <translation>Қарызға қарамастан тапсырыс неге қабылданады</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="64" />
        <source>&amp;Override and start the order</source>
        <translation>&amp;Рұқсат беріп, тапсырысты бастау</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="59" />
        <source>Today: %d calls (%d in, %d out), %d orders taken</source>
        <translation>Бүгін: %d қоңырау (кір. %d, шығ. %d), %d тапсырыс қабылданды</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="31" />
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="43" />
        <source>Enter your user name and password.</source>
        <translation>Пайдаланушы атын және құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="62" />
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="64" />
        <source>Cannot sign in: %s</source>
        <translation>Кіру мүмкін болмады: %s</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="6" />
        <source>OrderDesk: sign in</source>
        <translation>OrderDesk: кіру</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="11" />
        <source>Sign in to take calls</source>
        <translation>Қоңырау қабылдау үшін кіріңіз</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="18" />
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="29" />
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="41" />
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="176" />
        <source>%d clients found</source>
        <translation>Табылған клиенттер: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="187" />
        <source>No order is open: F4 starts one.</source>
        <translation>Тапсырыс ашылмаған: F4 тапсырысты бастайды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="196" />
        <source>Cancel the draft order</source>
        <translation>Тапсырыс жобасынан бас тарту</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="196" />
        <source>Why is it cancelled?</source>
        <translation>Неге бас тартылды?</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="204" />
        <source>Choose a line of the open order first.</source>
        <translation>Алдымен ашық тапсырыстың жолын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="206" />
        <location filename="../../orderdesk_gui/ui/main_window.py" line="210" />
        <source>Price by hand</source>
        <translation>Қолмен баға</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="206" />
        <source>New unit price:</source>
        <translation>Жаңа бірлік бағасы:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="210" />
        <source>Why (kept in the audit log):</source>
        <translation>Себебі (аудит журналында сақталады):</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="216" />
        <source>Order %s accepted and passed to fulfilment</source>
        <translation>%s тапсырысы қабылданып, орындауға берілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="222" />
        <source>No client has %s: press Ctrl+N to create a potential client</source>
        <translation>%s нөмірі табылмады: Ctrl+N әлеуетті клиент жасайды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="238" />
        <source>Find the client first (F3).</source>
        <translation>Алдымен клиентті табыңыз (F3).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="260" />
        <source>connected</source>
        <translation>қосылған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="263" />
        <source>database unreachable: retrying</source>
        <translation>дерекқор қолжетімсіз: қайталаудамыз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="267" />
        <source>Database error: %s</source>
        <translation>Дерекқор қатесі: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="275" />
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="280" />
        <source>About OrderDesk</source>
        <translation>OrderDesk туралы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="281" />
        <source>OrderDesk %s
The telephone order desk of a wholesale food distributor.</source>
        <translation>OrderDesk %s
Азық-түлік көтерме дистрибьюторының телефон арқылы тапсырыс қабылдау бөлімі.</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="6" />
        <source>OrderDesk</source>
        <translation>OrderDesk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="14" />
        <source>&amp;Caller / client:</source>
        <translation>&amp;Қоңырау шалушы / клиент:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="20" />
        <source>Phone, client code, BIN/IIN or part of the name</source>
        <translation>Телефон, клиент коды, БСН/ЖСН немесе атауының бөлігі</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="26" />
        <source>F3 search · Enter open · Esc clear</source>
        <translation>F3 іздеу · Enter ашу · Esc тазалау</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="65" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="71" />
        <source>&amp;Client</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="80" />
        <source>C&amp;all</source>
        <translation>&amp;Қоңырау</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="106" />
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="112" />
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="124" />
        <source>Call journal: today</source>
        <translation>Қоңыраулар журналы: бүгін</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="137" />
        <source>Sign &amp;out</source>
        <translation>Есептік жазбадан &amp;шығу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="138" />
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="141" />
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="142" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="145" />
        <source>&amp;Find caller or client</source>
        <translation>Қоңырау шалушыны немесе клиентті &amp;табу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="146" />
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="149" />
        <source>&amp;Open selected card</source>
        <translation>Карточканы &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="150" />
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="153" />
        <source>&amp;Clear search</source>
        <translation>Іздеуді &amp;тазалау</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="154" />
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="157" />
        <source>Call &amp;journal</source>
        <translation>Қоңыраулар &amp;журналы</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="158" />
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="161" />
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="162" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="165" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімі</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="166" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="169" />
        <source>&amp;About OrderDesk</source>
        <translation>OrderDesk &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="172" />
        <source>&amp;New order (debt gate)</source>
        <translation>&amp;Жаңа тапсырыс (қарызды тексеру)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="173" />
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="176" />
        <source>&amp;Transfer as proposed</source>
        <translation>&amp;Ұсыныс бойынша ауыстыру</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="177" />
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="180" />
        <source>&amp;Consult the head of sales</source>
        <translation>&amp;Басшымен кеңесу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="181" />
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="184" />
        <source>Purpose: &amp;order</source>
        <translation>Мақсаты: &amp;тапсырыс</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="185" />
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="188" />
        <source>Purpose: &amp;information</source>
        <translation>Мақсаты: &amp;анықтама</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="189" />
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="192" />
        <source>Purpose: &amp;complaint</source>
        <translation>Мақсаты: &amp;шағым</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="193" />
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="196" />
        <source>Purpose: o&amp;ther</source>
        <translation>Мақсаты: &amp;басқа</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="197" />
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="200" />
        <source>&amp;New client</source>
        <translation>&amp;Жаңа клиент</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="201" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="204" />
        <source>&amp;Edit client card</source>
        <translation>Карточканы &amp;өзгерту</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="205" />
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="208" />
        <source>Co&amp;mplete the order…</source>
        <translation>Тапсырысты &amp;рәсімдеу…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="209" />
        <source>F10</source>
        <translation>F10</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="212" />
        <source>&amp;Repeat the last order</source>
        <translation>Соңғы тапсырысты &amp;қайталау</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="213" />
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="216" />
        <source>Add the &amp;usual basket</source>
        <translation>&amp;Әдеттегі жиынтықты қосу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="217" />
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="220" />
        <source>&amp;Undo line removal</source>
        <translation>Жойылған жолды &amp;қайтару</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="221" />
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="224" />
        <source>Cancel the draft order…</source>
        <translation>Тапсырыс жобасынан бас тарту…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="225" />
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="228" />
        <source>Next suggestion</source>
        <translation>Келесі ұсыныс</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="229" />
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="232" />
        <source>Previous suggestion</source>
        <translation>Алдыңғы ұсыныс</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="233" />
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="236" />
        <source>&amp;Add the suggestion (accepted)</source>
        <translation>Ұсынысты &amp;қосу (қабылданды)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="237" />
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="240" />
        <source>Declined: not needed</source>
        <translation>Бас тартты: керек емес</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="241" />
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="244" />
        <source>Declined: price</source>
        <translation>Бас тартты: баға</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="245" />
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="248" />
        <source>Declined: has stock</source>
        <translation>Бас тартты: қоры бар</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="249" />
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="252" />
        <source>Declined: other</source>
        <translation>Бас тартты: басқа</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="253" />
        <source>Alt+4</source>
        <translation>Alt+4</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="256" />
        <source>Set the line's price by &amp;hand… (head of sales)</source>
        <translation>Жол бағасын &amp;қолмен қою… (сату басшысы)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="257" />
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="260" />
        <source>&amp;Fulfilment queue</source>
        <translation>&amp;Орындау кезегі</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="261" />
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="95" />
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="96" />
        <source>potential</source>
        <translation>әлеуетті</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="97" />
        <source>blocked</source>
        <translation>бұғатталған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="100" />
        <source>order</source>
        <translation>тапсырыс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="101" />
        <source>information</source>
        <translation>анықтама</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="102" />
        <source>complaint</source>
        <translation>шағым</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="103" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="43" />
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="106" />
        <source>in progress</source>
        <translation>жүріп жатыр</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="107" />
        <source>order taken</source>
        <translation>тапсырыс қабылданды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="108" />
        <source>information given</source>
        <translation>анықтама берілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="109" />
        <source>transferred</source>
        <translation>ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="110" />
        <source>consulted</source>
        <translation>кеңес алынды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="111" />
        <source>no answer</source>
        <translation>жауап жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="112" />
        <source>busy</source>
        <translation>бос емес</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="113" />
        <source>refused</source>
        <translation>бас тартты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="114" />
        <source>callback scheduled</source>
        <translation>кері қоңырау белгіленді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="115" />
        <source>complaint registered</source>
        <translation>шағым тіркелді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="119" />
        <source>in</source>
        <translation>кір.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="119" />
        <source>out</source>
        <translation>шығ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="121" />
        <location filename="../../orderdesk_gui/ui/models.py" line="171" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="122" />
        <source>Sales manager</source>
        <translation>Сату менеджері</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="123" />
        <source>Head of sales</source>
        <translation>Сату бөлімінің басшысы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="124" />
        <source>Finance</source>
        <translation>Қаржы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="125" />
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="128" />
        <source>available</source>
        <translation>орнында</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="129" />
        <source>away</source>
        <translation>шығып кетті</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="130" />
        <source>absent</source>
        <translation>жұмыста жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="28" />
        <location filename="../../orderdesk_gui/ui/models.py" line="141" />
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="142" />
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="143" />
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="144" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="55" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="117" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="145" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="146" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="160" />
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="164" />
        <source>In/out</source>
        <translation>Кір./шығ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="165" />
        <source>Client or number</source>
        <translation>Клиент немесе нөмір</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="166" />
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="167" />
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="169" />
        <source>Duration</source>
        <translation>Ұзақт.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="172" />
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="156" />
        <location filename="../../orderdesk_gui/ui/models.py" line="182" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="24" />
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="27" />
        <location filename="../../orderdesk_gui/ui/models.py" line="183" />
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="29" />
        <location filename="../../orderdesk_gui/ui/models.py" line="184" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="74" />
        <source>Sum</source>
        <translation>Сома</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="30" />
        <source>Department</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="185" />
        <source>Lines</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="25" />
        <source>asked</source>
        <translation>сұрау бойынша</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="26" />
        <source>suggested</source>
        <translation>ұсынылған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="27" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="33" />
        <source>usual</source>
        <translation>әдеттегі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="28" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="35" />
        <source>promotion</source>
        <translation>акция</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="29" />
        <source>repeat</source>
        <translation>қайталау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="30" />
        <source>manual price</source>
        <translation>қолмен баға</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="34" />
        <source>special</source>
        <translation>арнайы ұсыныс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="36" />
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="37" />
        <source>for this type</source>
        <translation>клиент түріне</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="40" />
        <source>not needed</source>
        <translation>керек емес</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="41" />
        <source>price</source>
        <translation>баға</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="42" />
        <source>has stock</source>
        <translation>қоры бар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="54" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="57" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="118" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="139" />
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="59" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="119" />
        <source>Unit</source>
        <translation>Бірл.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="60" />
        <source>Qty</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="61" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="120" />
        <source>Pack</source>
        <translation>Қаптама</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="63" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="143" />
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="68" />
        <source>Disc. %</source>
        <translation>Жеңілдік %</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="75" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="121" />
        <source>Stock</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="77" />
        <source>Source</source>
        <translation>Көзі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="137" />
        <source>Why</source>
        <translation>Неге</translation>
    </message>
</context>
<context>
    <name>OrderController</name>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="119" />
        <source>Start the order first (F4).</source>
        <translation>Алдымен тапсырысты бастаңыз (F4).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="134" />
        <source>only %s in stock</source>
        <translation>қоймада тек %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="163" />
        <source>Line removed: Ctrl+Z brings it back.</source>
        <translation>Жол жойылды: Ctrl+Z қайтарады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="232" />
        <source>Choose why the client declined.</source>
        <translation>Бас тарту себебін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="269" />
        <source>The draft could not be saved: %s</source>
        <translation>Жоба сақталмады: %s</translation>
    </message>
</context>
<context>
    <name>OrderDeskApp</name>
    <message>
        <location filename="../../orderdesk_gui/ui/app.py" line="137" />
        <source>Building the demo database…</source>
        <translation>Демо дерекқор құрылуда…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/app.py" line="182" />
        <source>This database has no users yet. Create the first administrator on this computer with: orderdesk user add NAME --role admin</source>
        <translation>Бұл дерекқорда әлі пайдаланушылар жоқ. Алғашқы әкімшіні осы компьютерде мына пәрменмен жасаңыз: orderdesk user add АТЫ --role admin</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="68" />
        <source>Find the caller first (F3); their card opens on the left.</source>
        <translation>Алдымен қоңырау шалушыны табыңыз (F3): оның карточкасы сол жақта ашылады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="72" />
        <source>Draft order no. %d of %s (%d lines, %s) is open for this client: F4 resumes it.</source>
        <translation>Клиентте № %d тапсырыс жобасы ашық (%s, %d жол, %s): F4 жалғастырады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="81" />
        <source>Client on screen: %s. F4 starts the order.</source>
        <translation>Экрандағы клиент: %s. F4 тапсырысты бастайды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="93" />
        <location filename="../../forms/order_panel.ui" line="12" />
        <source>Order</source>
        <translation>Тапсырыс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="96" />
        <source>Order no. %d (draft): %s</source>
        <translation>№ %d тапсырыс (жоба): %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="97" />
        <source>Prices of the client's price column; a better promotion price applies by itself.</source>
        <translation>Бағалар клиенттің баға бағаны бойынша; тиімдірек акциялық баға өзі қолданылады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="99" />
        <source>Debt gate overridden for this order.</source>
        <translation>Осы тапсырыс үшін қарыз тыйымы алынды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="119" />
        <source>Total &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Барлығы &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="120" />
        <source>discount %s</source>
        <translation>жеңілдік %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="121" />
        <source>%s kg</source>
        <translation>%s кг</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="122" />
        <source>%d lines</source>
        <translation>%d жол</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="130" />
        <source>Over the credit limit or overdue: %s</source>
        <translation>Лимиттен тыс немесе мерзімі өткен: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="137" />
        <source>Headroom under the limit: %s</source>
        <translation>Лимитке дейінгі қалдық: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="166" />
        <source>No product matches %r.</source>
        <translation>%r тауары табылмады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="179" />
        <source>Choose a product from the list.</source>
        <translation>Тізімнен тауар таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="189" />
        <source>%s: pack of %s %s, %s in stock</source>
        <translation>%s: қаптамада %s %s, қоймада %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="215" />
        <source>Order %s accepted and passed to fulfilment.</source>
        <translation>%s тапсырысы қабылданып, орындауға берілді.</translation>
    </message>
    <message>
        <location filename="../../forms/order_panel.ui" line="21" />
        <source>&amp;Product:</source>
        <translation>&amp;Тауар:</translation>
    </message>
    <message>
        <location filename="../../forms/order_panel.ui" line="27" />
        <source>Code, barcode or part of the name; ↓↑ choose, Enter</source>
        <translation>Код, штрихкод немесе атауының бөлігі; ↓↑ таңдау, Enter</translation>
    </message>
    <message>
        <location filename="../../forms/order_panel.ui" line="33" />
        <source>&amp;Qty:</source>
        <translation>&amp;Саны:</translation>
    </message>
    <message>
        <location filename="../../forms/order_panel.ui" line="66" />
        <source>Enter add · Del remove (Ctrl+Z undo) · F2 change qty · Ctrl+R repeat last order · Ctrl+U usual basket · F10 complete</source>
        <translation>Enter қосу · Del жою (Ctrl+Z қайтару) · F2 санын өзгерту · Ctrl+R тапсырысты қайталау · Ctrl+U әдеттегі жиынтық · F10 рәсімдеу</translation>
    </message>
</context>
<context>
    <name>Routing</name>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="38" />
        <source>Key account: their manager takes the order (D4)</source>
        <translation>Негізгі клиент: тапсырысты оның менеджері қабылдайды (D4)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="39" />
        <source>Not an order: to the client's manager or the head of sales (D19)</source>
        <translation>Тапсырыс емес: клиент менеджеріне немесе сату басшысына (D19)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="40" />
        <source>New client: take the order here, then the head assigns a manager (D3, D15)</source>
        <translation>Жаңа клиент: тапсырысты қабылдаңыз, содан кейін басшы менеджер тағайындайды (D3, D15)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="43" />
        <source>Ordinary client: take the order here (D3)</source>
        <translation>Қарапайым клиент: тапсырысты өзіңіз қабылдаңыз (D3)</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/suggestions_panel.py" line="47" />
        <source>Offer at least %d products beyond what the client asks for.</source>
        <translation>Клиент сұрағаннан тыс кемінде %d тауар ұсыныңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/suggestions_panel.py" line="54" />
        <source>Offered %d of %d %s</source>
        <translation>Ұсынылды %d / %d %s</translation>
    </message>
    <message>
        <location filename="../../forms/suggestions_panel.ui" line="12" />
        <source>Suggested products</source>
        <translation>Ұсынылатын тауарлар</translation>
    </message>
    <message>
        <location filename="../../forms/suggestions_panel.ui" line="24" />
        <source>Alt+↓↑ choose · Alt+Enter add (accepted) · declined: Alt+1 not needed, Alt+2 price, Alt+3 has stock, Alt+4 other</source>
        <translation>Alt+↓↑ таңдау · Alt+Enter қосу (қабылданды) · бас тарту: Alt+1 керек емес, Alt+2 баға, Alt+3 қоры бар, Alt+4 басқа</translation>
    </message>
</context>
</TS>