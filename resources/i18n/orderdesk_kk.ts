<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AddCallbackDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="331" />
        <source>Add a callback</source>
        <translation>Кері қоңырау қосу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="339" />
        <source>14:00-16:00, tomorrow 10:00-12:00, +1h; empty: now</source>
        <translation>14:00-16:00, ертең 10:00-12:00, +1h; бос болса: қазір</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="351" />
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="355" />
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="356" />
        <source>&amp;Name:</source>
        <translation>&amp;Аты:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="357" />
        <source>&amp;When (local time):</source>
        <translation>&amp;Қашан (жергілікті уақыт):</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="359" />
        <source>N&amp;ote:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="107" />
        <source>anyone</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="169" />
        <source>Events: %s</source>
        <translation>Оқиғалар: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="172" />
        <source>only the latest shown: narrow the period or a filter (the export has all)</source>
        <translation>тек соңғылары көрсетілген: кезеңді немесе сүзгіні тарылтыңыз (жүктеп алуда бәрі бар)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="188" />
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="189" />
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="190" />
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="191" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="192" />
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="193" />
        <source>Object</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="194" />
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="203" />
        <source>Export the audit</source>
        <translation>Аудитті жүктеп алу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="203" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="212" />
        <source>Events saved: %s, to %s</source>
        <translation>Сақталған оқиғалар: %s, орны: %s</translation>
    </message>
    <message>
        <location filename="../../forms/audit_window.ui" line="6" />
        <source>Audit log</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../forms/audit_window.ui" line="10" />
        <source>&amp;From:</source>
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <location filename="../../forms/audit_window.ui" line="12" />
        <source>&amp;To:</source>
        <translation>&amp;Соңы:</translation>
    </message>
    <message>
        <location filename="../../forms/audit_window.ui" line="14" />
        <source>&amp;Person:</source>
        <translation>Қ&amp;ызметкер:</translation>
    </message>
    <message>
        <location filename="../../forms/audit_window.ui" line="16" />
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../../forms/audit_window.ui" line="18" />
        <source>Only the &amp;client on screen</source>
        <translation>Тек экрандағы &amp;клиент</translation>
    </message>
    <message>
        <location filename="../../forms/audit_window.ui" line="30" />
        <source>&amp;Export to Excel…</source>
        <translation>Excel-ге &amp;жүктеу…</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <location filename="../../orderdesk_gui/ui/board_actions.py" line="30" />
        <source>Live &amp;board</source>
        <translation>Ауысым &amp;таблосы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_actions.py" line="38" />
        <source>&amp;Audit log…</source>
        <translation>&amp;Аудит журналы…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_actions.py" line="45" />
        <source>Desk &amp;reports…</source>
        <translation>Пульт &amp;есептері…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_actions.py" line="52" />
        <source>&amp;Promotions and special items…</source>
        <translation>&amp;Акциялар және арнайы тауарлар…</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="142" />
        <source>%s · signed in: %d · on a call: %d · callbacks due: %d, of them overdue: %d</source>
        <translation>%s · жүйеде: %d · қоңырауда: %d · кері қоңырау мерзімі жеткен: %d, оның ішінде мерзімі өткен: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="153" />
        <source>Today: %s calls, talk time %s, %s orders for %s, offers accepted %s of %s</source>
        <translation>Бүгін: қоңырау %s, сөйлесу уақыты %s, тапсырыс %s, сомасы %s, ұсыныс қабылданды %s / %s</translation>
    </message>
    <message>
        <location filename="../../forms/board_window.ui" line="6" />
        <source>Live board</source>
        <translation>Ауысым таблосы</translation>
    </message>
</context>
<context>
    <name>CallOutcomeDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="55" />
        <source>Outcome of the call</source>
        <translation>Қоңырау нәтижесі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="69" />
        <source>Written by the order's completion (F10)</source>
        <translation>Тапсырысты рәсімдегенде жазылады (F10)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="79" />
        <source>Transferred &amp;to:</source>
        <translation>Кімге &amp;ауыстырылды:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="83" />
        <source>Call &amp;back at:</source>
        <translation>Кері &amp;қоңырау уақыты:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="86" />
        <source>14:30, tomorrow 10:00, 2026-11-23 14:30, +2h</source>
        <translation>14:30, ертең 10:00, 2026-11-23 14:30, +2h</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="92" />
        <source>Anything worth knowing next time</source>
        <translation>Келесі жолы білуге пайдалы мәлімет</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="93" />
        <source>&amp;Notes:</source>
        <translation>&amp;Жазбалар:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="102" />
        <source>Close the call</source>
        <translation>Қоңырауды жабу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="117" />
        <source>Choose the outcome with its digit, then Enter.</source>
        <translation>Нәтижені оның цифрымен таңдап, Enter басыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="141" />
        <source>unknown number</source>
        <translation>белгісіз нөмір</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="144" />
        <source>Incoming call at %s, purpose: %s</source>
        <translation>Кіріс қоңырау, уақыты %s, мақсаты: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="146" />
        <source>Outgoing call at %s, purpose: %s</source>
        <translation>Шығыс қоңырау, уақыты %s, мақсаты: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="165" />
        <source>ext.</source>
        <translation>ішкі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="181" />
        <source>No order was completed on this call.</source>
        <translation>Бұл қоңырауда тапсырыс рәсімделген жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="190" />
        <source>&amp;Why did they refuse?</source>
        <translation>&amp;Неге бас тартты?</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="191" />
        <source>&amp;Reason of the transfer:</source>
        <translation>Ауыстыру &amp;себебі:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="192" />
        <source>&amp;What to call about:</source>
        <translation>&amp;Не туралы қоңырау шалу керек:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="193" />
        <source>&amp;Order number:</source>
        <translation>&amp;Тапсырыс нөмірі:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="194" />
        <source>&amp;Detail:</source>
        <translation>&amp;Толығырақ:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="276" />
        <source>Choose the outcome of the call (digits 1–8).</source>
        <translation>Қоңырау нәтижесін таңдаңыз (1–8 цифрлары).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="290" />
        <source>Choose the person the call was transferred to.</source>
        <translation>Қоңырау ауыстырылған адамды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="317" />
        <source>The call could not be closed: %s</source>
        <translation>Қоңырауды жабу мүмкін болмады: %s</translation>
    </message>
</context>
<context>
    <name>CallTimerLabel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="512" />
        <source>no call</source>
        <translation>қоңырау жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="528" />
        <source>call %s</source>
        <translation>қоңырау %s</translation>
    </message>
</context>
<context>
    <name>Callbacks</name>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="52" />
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="53" />
        <source>web site</source>
        <translation>веб-сайт</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="54" />
        <source>command line</source>
        <translation>пәрмен жолы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="55" />
        <source>CSV file</source>
        <translation>CSV файлы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="72" />
        <source>to the head: %s</source>
        <translation>басшыға: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="73" />
        <source>sales head</source>
        <translation>сату басшысы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="78" />
        <source>due now</source>
        <translation>қоңырау шалатын уақыт</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="80" />
        <source>due, %d min late</source>
        <translation>уақыты өтті, %d мин кешікті</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="83" />
        <source>due since %s</source>
        <translation>уақыты өтті: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="87" />
        <source>at %s</source>
        <translation>сағат %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="112" />
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="113" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="115" />
        <source>Name / client</source>
        <translation>Аты / клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="117" />
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="120" />
        <source>Window</source>
        <translation>Уақыт аралығы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="121" />
        <source>Attempts</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="123" />
        <source>Source</source>
        <translation>Көзі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="127" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="241" />
        <source>Callback queue: %s</source>
        <translation>Кері қоңыраулар кезегі: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="252" />
        <source>%d due now, %d later</source>
        <translation>қазір: %d, кейінірек: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="255" />
        <source>%d passed to the head of sales</source>
        <translation>сату басшысына берілді: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="260" />
        <source>Ctrl+B calls the next one, Ctrl+Shift+B adds one</source>
        <translation>Ctrl+B — келесісіне қоңырау, Ctrl+Shift+B — қосу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="270" />
        <source>callbacks due: %d</source>
        <translation>кері қоңырау уақыты жетті: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="274" />
        <source>no callbacks due</source>
        <translation>кері қоңырау жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="283" />
        <source>Callback file %s: %d added, %d updated</source>
        <translation>Кері қоңыраулар файлы %s: қосылды %d, жаңартылды %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="288" />
        <source>line %d: %s</source>
        <translation>%d-жол: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="294" />
        <source>The callback file %s was rejected; nothing was imported from it.</source>
        <translation>Кері қоңыраулар файлы %s қабылданбады; одан ештеңе жүктелген жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="314" />
        <source>The callback queue is empty.</source>
        <translation>Кері қоңыраулар кезегі бос.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="315" />
        <source>No callback is due; the next one at %s</source>
        <translation>Қазір кері қоңырау жоқ; келесісі: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="462" />
        <source>Callback request added</source>
        <translation>Кері қоңырау өтінімі қосылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="469" />
        <source>Callback due: %s, %s</source>
        <translation>Кері қоңырау уақыты жетті: %s, %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="474" />
        <source>(and %d more)</source>
        <translation>(тағы %d)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="477" />
        <source>OrderDesk: callback due</source>
        <translation>OrderDesk: кері қоңырау уақыты жетті</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="493" />
        <source>Callback file rejected</source>
        <translation>Кері қоңыраулар файлы қабылданбады</translation>
    </message>
</context>
<context>
    <name>CallerController</name>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="155" />
        <source>%s is calling: close the current call first</source>
        <translation>%s қоңырау шалып тұр: алдымен ағымдағы қоңырауды жабыңыз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="173" />
        <source>Several clients have %s: choose one</source>
        <translation>%s нөмірі бірнеше клиентте: біреуін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="223" />
        <source>New call opened</source>
        <translation>Жаңа қоңырау ашылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="243" />
        <source>dial %s</source>
        <translation>нөмірді теру: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="251" />
        <source>Callback</source>
        <translation>Кері қоңырау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="279" />
        <source>Call purpose: %s</source>
        <translation>Қоңырау мақсаты: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="285" />
        <source>No client on screen: nothing to transfer.</source>
        <translation>Клиент таңдалмаған: ауыстыратын ешкім жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="289" />
        <source>The proposal is to take the call here, not to transfer it.</source>
        <translation>Қоңырауды өзіңіз қабылдауыңыз керек, ауыстырмаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="297" />
        <source>ext.</source>
        <translation>ішкі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="298" />
        <source>Transferred to %s</source>
        <translation>Ауыстырылды: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="312" />
        <source>No client on screen.</source>
        <translation>Клиент таңдалмаған.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="316" />
        <source>Consultation with the head of sales</source>
        <translation>Сату басшысымен кеңес</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="317" />
        <source>What was asked, and what did the head decide?</source>
        <translation>Не сұралды және басшы не шешті?</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="326" />
        <source>Consultation with %s noted on the call</source>
        <translation>Сату басшысымен кеңес қоңырауға жазылды: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="346" />
        <source>Find the client first (F3).</source>
        <translation>Алдымен клиентті табыңыз (F3).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="366" />
        <source>Order started for %s</source>
        <translation>%s үшін тапсырыс басталды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="440" />
        <source>No call is open.</source>
        <translation>Ашық қоңырау жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="454" />
        <source>%d of your calls were left open (the oldest at %s): F12 records their outcome</source>
        <translation>Жабылмай қалған қоңырауларыңыз: %d (ең ескісі %s): F12 олардың нәтижесін жазады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="475" />
        <source>Call closed: %s</source>
        <translation>Қоңырау жабылды: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="488" />
        <source>%s is waiting: F12 closes the current call</source>
        <translation>%s күтіп тұр: F12 ағымдағы қоңырауды жабады</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="43" />
        <source>Price list</source>
        <translation>Баға тізімі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="43" />
        <source>Product reference sheet</source>
        <translation>Тауар анықтамалық парағы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="46" />
        <source>Prices of %1 (their price column and today's promotions).</source>
        <translation>%1 бағалары (оның баға бағаны және бүгінгі акциялар).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="48" />
        <source>Base price column: no client is on screen.</source>
        <translation>Негізгі баға бағаны: клиент таңдалмаған.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="50" />
        <source>Certificates, pack sizes, shelf life, weights and barcodes.</source>
        <translation>Сертификаттар, қаптама көлемі, сақтау мерзімі, салмағы және штрихкодтары.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="55" />
        <source>Product groups</source>
        <translation>Тауар топтары</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="56" />
        <source>Only &amp;new products</source>
        <translation>Тек &amp;жаңа тауарлар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="57" />
        <source>Only &amp;promotions</source>
        <translation>Тек &amp;акциялар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="58" />
        <source>Only the products of the current &amp;order</source>
        <translation>Тек ағымдағы &amp;тапсырыстың тауарлары</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="70" />
        <source>&amp;Language:</source>
        <translation>Т&amp;ілі:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="73" />
        <source>&amp;Groups (none ticked: all):</source>
        <translation>Т&amp;оптар (белгіленбесе: барлығы):</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="81" />
        <source>Pre&amp;view…</source>
        <translation>Алдын ала &amp;қарау…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="84" />
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF сақтау…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="86" />
        <source>&amp;E-mail…</source>
        <translation>&amp;E-mail…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="87" />
        <source>&amp;Fax…</source>
        <translation>&amp;Факс…</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../forms/client_card.ui" line="59" />
        <source>Manager:</source>
        <translation>Менеджер:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="65" />
        <source>Price column:</source>
        <translation>Баға бағаны:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="71" />
        <source>Credit terms:</source>
        <translation>Несие шарттары:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="77" />
        <source>Delivery:</source>
        <translation>Жеткізу:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="83" />
        <source>BIN/IIN:</source>
        <translation>БСН/ЖСН:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="93" />
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="102" />
        <source>Last orders</source>
        <translation>Соңғы тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="112" />
        <source>Calls of this client</source>
        <translation>Осы клиенттің қоңыраулары</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="29" />
        <source>OK: orders may be taken</source>
        <translation>OK: тапсырыс қабылдауға болады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="32" />
        <source>CAUTION: close to the limit or due soon</source>
        <translation>НАЗАР АУДАРЫҢЫЗ: лимитке жақын немесе төлем мерзімі жақын</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="36" />
        <source>STOP: debt: no orders</source>
        <translation>ТОҚТА: қарыз, тапсырыс қабылданбайды</translation>
    </message>
</context>
<context>
    <name>ClientCardWidget</name>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="90" />
        <source>%s is on the phone with this client since %s</source>
        <translation>%s қазір бұл клиентпен сөйлесіп жатыр (басталған уақыты: %s)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="100" />
        <source>Unknown number %s</source>
        <translation>Белгісіз нөмір: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="102" />
        <source>No client has this number. Ctrl+N creates a potential client with it; F3 searches.</source>
        <translation>Бұл нөмір ешбір клиентте жоқ. Ctrl+N онымен әлеуетті клиент жасайды; F3 — іздеу.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="109" />
        <source>No client on screen</source>
        <translation>Клиент таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="111" />
        <source>Type a phone number, client code, BIN/IIN or part of the name above.</source>
        <translation>Жоғарыда телефонды, клиент кодын, БСН/ЖСН немесе атауының бөлігін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="146" />
        <location filename="../../orderdesk_gui/ui/client_card.py" line="226" />
        <source>until %s</source>
        <translation>%s дейін</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="149" />
        <source>not assigned</source>
        <translation>тағайындалмаған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="152" />
        <source>limit %s, payment within %d days</source>
        <translation>лимит %s, төлем мерзімі %d күн</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="164" />
        <source>fax %s</source>
        <translation>факс %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="167" />
        <source>receives goods</source>
        <translation>тауар қабылдайды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="169" />
        <source>no contacts</source>
        <translation>байланыстар жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="174" />
        <source>Last orders</source>
        <translation>Соңғы тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="176" />
        <source>Last orders (last cancelled: %s, %s%s)</source>
        <translation>Соңғы тапсырыстар (соңғы болдырылмағаны: %s, %s%s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orderdesk_gui/ui/client_card.py" line="193" />
        <source>Open complaints, claims or wishes: %n</source>
        <translation>
            <numerusform>Ашық шағымдар, талаптар немесе тілектер: %n</numerusform>
            <numerusform>Ашық шағымдар, талаптар немесе тілектер: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="197" />
        <source>Owed &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Қарыз &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="199" />
        <source>orders not yet invoiced &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>шот жазылмаған тапсырыстар &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="202" />
        <source>overdue &lt;b&gt;%s&lt;/b&gt;, oldest %d days</source>
        <translation>мерзімі өткен &lt;b&gt;%s&lt;/b&gt;, ең ескісі %d күн</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="206" />
        <source>&lt;b&gt;%s over the limit&lt;/b&gt;</source>
        <translation>&lt;b&gt;лимиттен %s асты&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="209" />
        <source>headroom &lt;b&gt;%s&lt;/b&gt; of %s</source>
        <translation>лимит қалдығы &lt;b&gt;%s&lt;/b&gt; / %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="212" />
        <source>due within days: %s</source>
        <translation>жақын күндері төленуі тиіс: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="220" />
        <source>no key-account manager available</source>
        <translation>бос негізгі клиенттер менеджері жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="222" />
        <source>nobody assigned</source>
        <translation>ешкім тағайындалмаған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="222" />
        <source>nobody available</source>
        <translation>ешкім жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="228" />
        <source>substitute: %s</source>
        <translation>орнына: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="233" />
        <source>Take the order here</source>
        <translation>Тапсырысты өзіңіз қабылдаңыз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="237" />
        <source>Then pass to %s to assign a manager.</source>
        <translation>Содан кейін менеджер тағайындау үшін жіберіңіз: %s.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="243" />
        <source>Nobody available</source>
        <translation>Ешкім орнында жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="247" />
        <source>Offer a callback.</source>
        <translation>Кері қоңырау ұсыныңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="251" />
        <source>(ext. %s)</source>
        <translation>(ішкі %s)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="252" />
        <source>Debt: transfer to %s</source>
        <translation>Қарыз — ауыстырыңыз: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="252" />
        <source>Transfer to %s</source>
        <translation>Ауыстырыңыз: %s</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/client_dialog.py" line="46" />
        <source>the office's language</source>
        <translation>кеңсе тілі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_dialog.py" line="63" />
        <source>Edit client card</source>
        <translation>Клиент карточкасын өзгерту</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_dialog.py" line="63" />
        <source>New client</source>
        <translation>Жаңа клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_dialog.py" line="91" />
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
        <location filename="../../forms/client_dialog.ui" line="42" />
        <source>Documents in (&amp;language):</source>
        <translation>Құжаттар (&amp;тілі):</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="48" />
        <source>Contacts (phones separated by commas; tick who may receive goods):</source>
        <translation>Байланыстар (телефондар үтір арқылы; тауар қабылдайтындарды белгілеңіз):</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="54" />
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="55" />
        <source>Role</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="56" />
        <source>Phones</source>
        <translation>Телефондар</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="57" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="58" />
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="59" />
        <source>Receives goods</source>
        <translation>Тауар қабылдайды</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="64" />
        <source>&amp;Add contact</source>
        <translation>Байланыс &amp;қосу</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="65" />
        <source>&amp;Remove contact</source>
        <translation>Байланысты &amp;жою</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="108" />
        <source>Register a complaint, claim or wish</source>
        <translation>Шағымды, талапты немесе тілекті тіркеу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="111" />
        <source>Client: %s</source>
        <translation>Клиент: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="114" />
        <source>No client on screen: registered without a client (find the client first to link it).</source>
        <translation>Клиент таңдалмаған: клиентсіз тіркеледі (байланыстыру үшін алдымен клиентті табыңыз).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="130" />
        <source>What the client says, in their words</source>
        <translation>Клиенттің айтқаны, өз сөзімен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="133" />
        <source>no order: in general</source>
        <translation>тапсырыссыз: жалпы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="137" />
        <source>line numbers of the order, e.g. 1, 4</source>
        <translation>тапсырыс жолдарының нөмірлері, мысалы 1, 4</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="145" />
        <source>by category (usual department)</source>
        <translation>санаты бойынша (әдеттегі бөлім)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="147" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="148" />
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="149" />
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="150" />
        <source>Order</source>
        <translation>Тапсырыс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="151" />
        <source>Lines</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="152" />
        <source>Department</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="160" />
        <source>Register</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="199" />
        <source>Write what the client says.</source>
        <translation>Клиенттің айтқанын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="203" />
        <source>The text is too long (at most %d characters).</source>
        <translation>Мәтін тым ұзын (ең көбі %d таңба).</translation>
    </message>
</context>
<context>
    <name>ComplaintsDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="251" />
        <source>Complaints, claims and wishes of my department</source>
        <translation>Бөлімімнің шағымдары, талаптары және тілектері</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="259" />
        <source>Resolved too</source>
        <translation>Шешілгендер де</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="278" />
        <source>Resolution: what was done for the client</source>
        <translation>Шешім: клиент үшін не істелді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="280" />
        <source>&amp;Take it</source>
        <translation>&amp;Алу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="282" />
        <source>&amp;Resolve</source>
        <translation>&amp;Шешу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="315" />
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="351" />
        <source>%d items: %d open, %d taken</source>
        <translation>Барлығы %d: ашық %d, алынған %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="358" />
        <source>Nothing waits for your department.</source>
        <translation>Бөліміңізді күтіп тұрған ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="387" />
        <source>Client: %s</source>
        <translation>Клиент: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="390" />
        <source>Order: %s</source>
        <translation>Тапсырыс: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="392" />
        <source>lines %s</source>
        <translation>жолдар %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="394" />
        <source>Registered by %s, %s</source>
        <translation>Тіркеген: %s, %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="395" />
        <source>Department: %s</source>
        <translation>Бөлім: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="399" />
        <source>Resolution (%s): %s</source>
        <translation>Шешім (%s): %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="424" />
        <source>No. %d is yours now.</source>
        <translation>№ %d енді сізде.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="437" />
        <source>Write the resolution first: what was done for the client.</source>
        <translation>Алдымен шешімді жазыңыз: клиент үшін не істелді.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="444" />
        <source>No. %d resolved.</source>
        <translation>№ %d шешілді.</translation>
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
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="40" />
        <source>&lt;b&gt;%s&lt;/b&gt;: %d lines, &lt;b&gt;%s&lt;/b&gt;, %s kg; offered %d of %d</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;: %d жол, &lt;b&gt;%s&lt;/b&gt;, %s кг; ұсынылды %d / %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="68" />
        <source>Over the credit limit by %s with this order: only payment at once (%s) can be accepted.</source>
        <translation>Осы тапсырыспен несие лимитінен %s асады: тек бірден төлем (%s) қабылданады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="79" />
        <source>Invoice, waybill</source>
        <translation>Шот-фактура, жүкқұжат</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="116" />
        <source>The debt gate is red with this order: %s</source>
        <translation>Осы тапсырыспен қарыз қызыл аймақта: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="124" />
        <source>%s approved the order up to %s: press Save (Enter).</source>
        <translation>%s тапсырысты мақұлдады (шекті сомасы: %s): «Сақтау» түймесін басыңыз (Enter).</translation>
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
        <translation>Тө&amp;лем:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="23" />
        <source>Doc&amp;uments to sign:</source>
        <translation>Қол қоятын құж&amp;аттар:</translation>
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
    <name>DailyReportDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="165" />
        <source>Daily report</source>
        <translation>Күнделікті есеп</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="177" />
        <source>&amp;Day:</source>
        <translation>&amp;Күн:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="178" />
        <source>&amp;Language:</source>
        <translation>Т&amp;ілі:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="181" />
        <source>Pre&amp;view…</source>
        <translation>Алдын ала &amp;қарау…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="184" />
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF сақтау…</translation>
    </message>
</context>
<context>
    <name>DeskReport</name>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="42" />
        <source>Desk report</source>
        <translation>Пульт есебі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="43" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="44" />
        <source>Whole desk</source>
        <translation>Бүкіл пульт</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="45" />
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="46" />
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="47" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="48" />
        <source>Operators</source>
        <translation>Операторлар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="49" />
        <source>Calls in</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="50" />
        <source>Calls out</source>
        <translation>Шығыс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="51" />
        <source>Talk time</source>
        <translation>Сөйлесу уақыты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="52" />
        <source>Average call</source>
        <translation>Орташа қоңырау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="53" />
        <source>Orders</source>
        <translation>Тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="54" />
        <source>Orders sum</source>
        <translation>Тапсырыстар сомасы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="55" />
        <source>Offers made</source>
        <translation>Ұсынылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="56" />
        <source>Offers accepted</source>
        <translation>Қабылданған ұсыныстар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="57" />
        <source>Added by offers</source>
        <translation>Ұсыныстармен қосылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="58" />
        <source>Transfers</source>
        <translation>Аударулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="59" />
        <source>Callback calls</source>
        <translation>Кері қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="60" />
        <source>Callbacks reached</source>
        <translation>Хабарласылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="61" />
        <source>Stopped at the debt gate</source>
        <translation>Қарыз бойынша тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="62" />
        <source>Overrides</source>
        <translation>Қарызға қарамай рұқсаттар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="63" />
        <source>Sleeping clients called</source>
        <translation>Ұйқыдағы клиенттерге қоңырау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="64" />
        <source>Reactivated</source>
        <translation>Қайта оралды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="65" />
        <source>Task calls done</source>
        <translation>Тапсырма қоңыраулары</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="66" />
        <source>Complaints filed</source>
        <translation>Қабылданған шағымдар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="67" />
        <source>Signed in</source>
        <translation>Жүйеде</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="68" />
        <source>On calls</source>
        <translation>Қоңырауда</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="69" />
        <source>Away</source>
        <translation>Орнында жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="70" />
        <source>Hour</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="71" />
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="72" />
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="73" />
        <source>Calls</source>
        <translation>Қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="74" />
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="75" />
        <source>Reason</source>
        <translation>Себеп</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="76" />
        <source>Calls by hour</source>
        <translation>Сағат бойынша қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="77" />
        <source>By day</source>
        <translation>Күндер бойынша</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="78" />
        <source>Calls by outcome</source>
        <translation>Нәтиже бойынша қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="79" />
        <source>Transfers by reason</source>
        <translation>Себеп бойынша аударулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="80" />
        <source>Callback requests</source>
        <translation>Кері қоңырау өтініштері</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="81" />
        <source>Requested</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="82" />
        <source>Answered</source>
        <translation>Қоңырау шалынды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="83" />
        <source>of them after their window</source>
        <translation>оның ішінде мерзімнен кейін</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="84" />
        <source>Passed to a head</source>
        <translation>Басшыға берілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="85" />
        <source>Still open</source>
        <translation>Әлі ашық</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="86" />
        <source>Cancelled</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="87" />
        <source>Complaints by category</source>
        <translation>Санат бойынша шағымдар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="88" />
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="89" />
        <source>Filed</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="90" />
        <source>Resolved</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="91" />
        <source>Hours to resolve, average</source>
        <translation>Шешуге дейінгі сағат, орташа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="92" />
        <source>Operator hours by day</source>
        <translation>Операторлар сағаттары күндер бойынша</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="93" />
        <source>Operator hours by month</source>
        <translation>Операторлар сағаттары айлар бойынша</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="94" />
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="95" />
        <source>Durations in hours</source>
        <translation>Ұзақтығы сағатпен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="98" />
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="99" />
        <source>this week</source>
        <translation>осы апта</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="100" />
        <source>this month</source>
        <translation>осы ай</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="101" />
        <source>last month</source>
        <translation>өткен ай</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="102" />
        <source>the last 12 months</source>
        <translation>соңғы 12 ай</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="103" />
        <source>any period</source>
        <translation>кез келген кезең</translation>
    </message>
</context>
<context>
    <name>DeskReportWindow</name>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="176" />
        <source>the whole desk, by operator</source>
        <translation>бүкіл пульт, операторлар бойынша</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="288" />
        <source>Counting…</source>
        <translation>Есептеп жатырмын…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="328" />
        <source>%s: calls in %s, out %s; orders %s for %s; offers accepted %s of %s</source>
        <translation>%s: кіріс %s, шығыс %s; тапсырыс %s, сомасы %s; қабылданған ұсыныс %s / %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="370" />
        <source>hours</source>
        <translation>сағат</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="458" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="458" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="459" />
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="483" />
        <source>Saved to %s</source>
        <translation>Сақталды: %s</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="6" />
        <source>Desk reports</source>
        <translation>Пульт есептері</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="10" />
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="12" />
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="14" />
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="16" />
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="24" />
        <source>1 Operators</source>
        <translation>1 Операторлар</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="30" />
        <source>2 Calls by hour</source>
        <translation>2 Сағат бойынша</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="34" />
        <source>3 By day</source>
        <translation>3 Күндер бойынша</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="38" />
        <source>4 Outcomes and transfers</source>
        <translation>4 Нәтижелер мен аударулар</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="44" />
        <source>5 Callbacks and complaints</source>
        <translation>5 Кері қоңыраулар мен шағымдар</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="51" />
        <source>6 Operator hours</source>
        <translation>6 Операторлар сағаттары</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="53" />
        <source>Each &amp;day (not by month)</source>
        <translation>Әр &amp;күн (ай бойынша емес)</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="64" />
        <source>&amp;Export to Excel…</source>
        <translation>Excel-ге &amp;шығару…</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="65" />
        <source>Save as P&amp;DF…</source>
        <translation>P&amp;DF ретінде сақтау…</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="72" />
        <source>&amp;Documents</source>
        <translation>Құжат&amp;тар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="75" />
        <source>&amp;Print order confirmation…</source>
        <translation>Тапсырыс растамасын &amp;басып шығару…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="76" />
        <source>&amp;Save confirmation as PDF…</source>
        <translation>Растаманы PDF ретінде &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="77" />
        <source>&amp;E-mail confirmation…</source>
        <translation>Растаманы &amp;e-mail арқылы жіберу…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="78" />
        <source>&amp;Fax sheet…</source>
        <translation>&amp;Факс парағы…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="79" />
        <source>What was sent for this &amp;order…</source>
        <translation>Осы &amp;тапсырыс бойынша не жіберілді…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="81" />
        <source>P&amp;rice list…</source>
        <translation>Ба&amp;ға тізімі…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="82" />
        <source>Product &amp;reference sheet…</source>
        <translation>Тауар &amp;анықтамалық парағы…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="84" />
        <source>&amp;Daily report (PDF)…</source>
        <translation>&amp;Күнделікті есеп (PDF)…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="120" />
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="140" />
        <source>Find the client first (F3): their latest order is printed.</source>
        <translation>Алдымен клиентті табыңыз (F3): оның соңғы тапсырысы басып шығарылады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="146" />
        <source>%1 has no accepted order yet.</source>
        <translation>%1: әлі қабылданған тапсырыс жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="154" />
        <source>Order confirmation %1</source>
        <translation>Тапсырыс растамасы %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="188" />
        <source>The daily report is for department heads.</source>
        <translation>Күнделікті есеп бөлім басшыларына арналған.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="220" />
        <source>Print preview: %1</source>
        <translation>Басып шығаруды алдын ала қарау: %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="233" />
        <source>%1 sent to the printer.</source>
        <translation>%1 принтерге жіберілді.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="255" />
        <location filename="../../orderdesk_gui/ui/documents.py" line="266" />
        <source>Save as PDF</source>
        <translation>PDF ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="255" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="267" />
        <source>The file could not be written: %1</source>
        <translation>Файлды жазу мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="271" />
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="277" />
        <source>%1 e-mailed to %2</source>
        <translation>%1 e-mail арқылы жіберілді: %2</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="372" />
        <source>Fax order %1 to %2</source>
        <translation>%1 тапсырысын факспен жіберу: %2</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="375" />
        <location filename="../../orderdesk_gui/ui/documents.py" line="401" />
        <source>Fax sent to %1</source>
        <translation>Факс жіберілді: %1</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="58" />
        <source>E-mail a document</source>
        <translation>Құжатты e-mail арқылы жіберу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="62" />
        <source>name@example.kz; several separated by ;</source>
        <translation>name@example.kz; бірнешеуі ; арқылы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="66" />
        <source>Good day,

please find %1 attached.

Kind regards,
%2
%3</source>
        <translation>Қайырлы күн!

Тіркемеде: %1.

Құрметпен,
%2
%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="72" />
        <source>Attached: %1.pdf, %n page(s)</source>
        <translation>
            <numerusform>Тіркеме: %1.pdf, %n бет</numerusform>
            <numerusform>Тіркеме: %1.pdf, %n бет</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="78" />
        <source>&amp;To:</source>
        <translation>&amp;Кімге:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="79" />
        <source>&amp;Subject:</source>
        <translation>&amp;Тақырыбы:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="80" />
        <source>&amp;Text:</source>
        <translation>&amp;Мәтін:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="82" />
        <source>&amp;Send</source>
        <translation>&amp;Жіберу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="104" />
        <source>Sending…</source>
        <translation>Жіберілуде…</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="18" />
        <source>groups</source>
        <translation>топтар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="19" />
        <source>products</source>
        <translation>тауарлар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="20" />
        <source>price columns</source>
        <translation>баға бағандары</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="21" />
        <source>prices</source>
        <translation>бағалар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="22" />
        <source>stock</source>
        <translation>қалдықтар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="23" />
        <source>promotions</source>
        <translation>акциялар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="24" />
        <source>clients</source>
        <translation>клиенттер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="25" />
        <source>contacts</source>
        <translation>байланыстар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="26" />
        <source>phones</source>
        <translation>телефондар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="27" />
        <source>receivables</source>
        <translation>қарыздар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="28" />
        <source>invoiced orders</source>
        <translation>шот жазылған тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="29" />
        <source>orders</source>
        <translation>тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="32" />
        <source>%1 new</source>
        <translation>жаңасы — %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="33" />
        <source>%1 changed</source>
        <translation>өзгергені — %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="34" />
        <source>%1 deactivated</source>
        <translation>өшірілгені — %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="35" />
        <source>%1 unchanged</source>
        <translation>өзгеріссізі — %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="38" />
        <source>applied</source>
        <translation>жазылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="39" />
        <source>preview</source>
        <translation>алдын ала қарау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="40" />
        <source>refused</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="41" />
        <source>failed</source>
        <translation>қате</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="42" />
        <source>already imported</source>
        <translation>бұрын жүктелген</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="45" />
        <source>import</source>
        <translation>жүктеу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="46" />
        <source>export</source>
        <translation>шығару</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="49" />
        <source>window</source>
        <translation>терезе</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="50" />
        <source>command line</source>
        <translation>командалық жол</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="51" />
        <source>drop folder</source>
        <translation>алмасу қалтасы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="52" />
        <source>1C over HTTP</source>
        <translation>1С, HTTP арқылы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="55" />
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="56" />
        <source>conflict: left as entered</source>
        <translation>қайшылық: енгізілгендей қалдырылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="72" />
        <source>reading</source>
        <translation>оқу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="73" />
        <source>matching</source>
        <translation>салыстыру</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="74" />
        <source>writing</source>
        <translation>жазу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="75" />
        <source>done</source>
        <translation>дайын</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="78" />
        <source>CommerceML</source>
        <translation>CommerceML</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="79" />
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="80" />
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="81" />
        <source>debt statement</source>
        <translation>қарыздар ведомосы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="121" />
        <source>nothing</source>
        <translation>ештеңе</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="147" />
        <source>file</source>
        <translation>файл</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_actions.py" line="32" />
        <source>E&amp;xchange</source>
        <translation>А&amp;лмасу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_actions.py" line="36" />
        <source>&amp;Import from accounting…</source>
        <translation>Бухгалтериядан &amp;жүктеу…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_actions.py" line="37" />
        <source>Exchange &amp;log</source>
        <translation>Алмасу &amp;журналы</translation>
    </message>
</context>
<context>
    <name>ExchangeLogDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="111" />
        <source>Exchange log</source>
        <translation>Алмасу журналы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="122" />
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="127" />
        <source>all</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="160" />
        <source>&amp;From:</source>
        <translation>&amp;Бастап:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="161" />
        <source>&amp;To:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="162" />
        <source>&amp;Direction:</source>
        <translation>Ба&amp;ғыты:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="163" />
        <source>&amp;Status:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="171" />
        <source>Imports and exports, newest first (&amp;list):</source>
        <translation>Жүктеулер мен шығарулар, алдымен жаңалары (&amp;тізім):</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="173" />
        <source>&amp;Rejected rows and conflicts:</source>
        <translation>&amp;Қабылданбаған жолдар мен қайшылықтар:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="177" />
        <source>Counts by kind:</source>
        <translation>Түрлері бойынша саны:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="230" />
        <source>Nothing was imported or exported in this period.</source>
        <translation>Бұл кезеңде ештеңе жүктелмеген де, шығарылмаған да.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="260" />
        <source>%1 rows rejected; the first %2 are kept in the log.</source>
        <translation>Қабылданбаған жолдар: %1; журналда алғашқы %2 жол сақталған.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="265" />
        <source>Conflicts, the desk's data kept: %1</source>
        <translation>Қайшылықтар (бізде енгізілгені қалдырылды): %1</translation>
    </message>
</context>
<context>
    <name>FaxDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="133" />
        <source>Send a fax</source>
        <translation>Факс жіберу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="136" />
        <source>the client's fax number, e.g. +7 727 250 11 22</source>
        <translation>клиенттің факс нөмірі, мысалы +7 727 250 11 22</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="144" />
        <source>Fax &amp;number:</source>
        <translation>Факс &amp;нөмірі:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="146" />
        <source>&amp;Message on the cover:</source>
        <translation>Ілеспе парақтағы &amp;хабар:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="149" />
        <source>Pages:</source>
        <translation>Беттер:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="151" />
        <source>&amp;Send fax</source>
        <translation>Факс &amp;жіберу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="154" />
        <source>Pre&amp;view pages…</source>
        <translation>Беттерді &amp;алдын ала қарау…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="157" />
        <source>The pages exactly as the fax will send them</source>
        <translation>Беттер факс жіберетіндей дәл күйінде</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="175" />
        <source>counting…</source>
        <translation>есептелуде…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="180" />
        <source>%n page(s) including the cover</source>
        <translation>
            <numerusform>%n бет, ілеспе парақпен қоса</numerusform>
            <numerusform>%n бет, ілеспе парақпен қоса</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="189" />
        <source>Type the fax number.</source>
        <translation>Факс нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="198" />
        <source>Sending the fax…</source>
        <translation>Факс жіберілуде…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="207" />
        <source>Making the fax pages…</source>
        <translation>Факс беттері дайындалуда…</translation>
    </message>
</context>
<context>
    <name>FaxPreviewDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="231" />
        <source>Fax preview: %1</source>
        <translation>Факсты алдын ала қарау: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="241" />
        <source>%n page(s), as the fax sends them</source>
        <translation>
            <numerusform>%n бет, факс жіберетіндей</numerusform>
            <numerusform>%n бет, факс жіберетіндей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="249" />
        <source>Page %1 of %2</source>
        <translation>%2 беттің %1-беті</translation>
    </message>
</context>
<context>
    <name>Followups</name>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="69" />
        <source>not yet</source>
        <translation>әлі жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="20" />
        <source>order taken</source>
        <translation>тапсырыс қабылданды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="21" />
        <source>information given</source>
        <translation>анықтама берілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="22" />
        <source>transferred</source>
        <translation>ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="23" />
        <source>consulted</source>
        <translation>кеңес алынды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="24" />
        <source>no answer</source>
        <translation>жауап жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="25" />
        <source>busy</source>
        <translation>бос емес</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="26" />
        <source>refused</source>
        <translation>бас тартты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="27" />
        <location filename="../../orderdesk_gui/ui/words.py" line="29" />
        <source>callback scheduled</source>
        <translation>кері қоңырау белгіленді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="28" />
        <source>answered</source>
        <translation>жауап алынды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="30" />
        <source>complaint registered</source>
        <translation>шағым тіркелді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="33" />
        <source>complaint</source>
        <translation>шағым</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="34" />
        <source>claim</source>
        <translation>талап</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="35" />
        <source>wish</source>
        <translation>тілек</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="38" />
        <source>quality of goods</source>
        <translation>тауар сапасы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="39" />
        <source>shortage or wrong goods</source>
        <translation>жетіспеушілік немесе қате тауар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="40" />
        <source>delivery</source>
        <translation>жеткізу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="41" />
        <source>documents</source>
        <translation>құжаттар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="42" />
        <source>price</source>
        <translation>баға</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="43" />
        <source>service</source>
        <translation>қызмет көрсету</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="44" />
        <source>assortment</source>
        <translation>ассортимент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="45" />
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="48" />
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="49" />
        <source>taken</source>
        <translation>алынды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="50" />
        <source>resolved</source>
        <translation>шешілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="51" />
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="52" />
        <source>closed</source>
        <translation>жабылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="55" />
        <source>text</source>
        <translation>мәтін</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="56" />
        <source>yes / no</source>
        <translation>иә / жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="57" />
        <source>choice</source>
        <translation>таңдау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="58" />
        <source>number</source>
        <translation>сан</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="68" />
        <source>in progress</source>
        <translation>жүріп жатыр</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="55" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="276" />
        <source>Calls in</source>
        <translation>Кіріс қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="56" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="277" />
        <source>Calls out</source>
        <translation>Шығыс қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="63" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="278" />
        <source>Orders taken</source>
        <translation>Қабылданған тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="64" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="279" />
        <source>Orders sum</source>
        <translation>Тапсырыстар сомасы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="66" />
        <source>Average call time, min:s</source>
        <translation>Қоңыраудың орташа ұзақтығы, мин:с</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="70" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="287" />
        <source>Transfers</source>
        <translation>Ауыстырулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="77" />
        <source>no reason given</source>
        <translation>себебі көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="82" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="281" />
        <source>Callbacks done</source>
        <translation>Орындалған кері қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="83" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="282" />
        <source>Callbacks missed</source>
        <translation>Уақытында шалынбаған кері қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="84" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="283" />
        <source>Sleeping clients called</source>
        <translation>Енжар клиенттерге қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="86" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="284" />
        <source>Sleeping clients reactivated</source>
        <translation>Қайта оралған енжар клиенттер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="90" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="285" />
        <source>Complaints registered</source>
        <translation>Тіркелген шағымдар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="106" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="108" />
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>FollowupsController</name>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="39" />
        <source>&amp;Work</source>
        <translation>&amp;Жұмыс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="43" />
        <source>&amp;Sleeping clients</source>
        <translation>&amp;Енжар клиенттер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="45" />
        <source>Outbound &amp;tasks</source>
        <translation>Шығыс қоңырау &amp;тапсырмалары</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="48" />
        <source>Register a &amp;complaint, claim or wish</source>
        <translation>&amp;Шағымды, талапты немесе тілекті тіркеу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="51" />
        <source>Complaints of &amp;my department</source>
        <translation>&amp;Бөлімімнің шағымдары</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="56" />
        <source>Shift &amp;report</source>
        <translation>&amp;Ауысым есебі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="61" />
        <source>Sleeping clients</source>
        <translation>Енжар клиенттер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="121" />
        <source>Sleeping client</source>
        <translation>Енжар клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="195" />
        <source>Complaint No. %d registered and passed to the department</source>
        <translation>№ %d шағым тіркеліп, бөлімге берілді</translation>
    </message>
</context>
<context>
    <name>FreshnessWords</name>
    <message>
        <location filename="../../orderdesk_gui/ui/freshness.py" line="31" />
        <source>Debts as of %1 today</source>
        <translation>Қарыздар бүгін сағат %1 жағдайы бойынша</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/freshness.py" line="33" />
        <source>Debts as of yesterday %1</source>
        <translation>Қарыздар кеше сағат %1 жағдайы бойынша</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/freshness.py" line="35" />
        <source>Debts as of %1</source>
        <translation>Қарыздар %1 жағдайы бойынша</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/freshness.py" line="40" />
        <source>Debts never brought in from accounting: check with finance before refusing or passing</source>
        <translation>Қарыздар бухгалтериядан әлі бір рет те жүктелмеген: бас тартпас немесе өткізбес бұрын қаржы бөлімінен нақтылаңыз</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orderdesk_gui/ui/freshness.py" line="46" />
        <source>%1: more than %n hours old — check with finance before refusing or passing</source>
        <translation>
            <numerusform>%1: %n сағаттан ескі — бас тартпас немесе өткізбес бұрын қаржы бөлімінен нақтылаңыз</numerusform>
            <numerusform>%1: %n сағаттан ескі — бас тартпас немесе өткізбес бұрын қаржы бөлімінен нақтылаңыз</numerusform>
        </translation>
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
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="66" />
        <source>Approve the order again</source>
        <translation>Тапсырысты қайта мақұлдау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="67" />
        <source>The order grew past what was approved</source>
        <translation>Тапсырыс мақұлданған сомадан асып кетті</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="68" />
        <source>&amp;Approve for this amount (Enter)</source>
        <translation>&amp;Осы сомаға мақұлдау (Enter)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="85" />
        <source>Transfer to %s, the manager (%s)</source>
        <translation>Менеджерге ауыстыру: %s (%s)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="85" />
        <source>Transfer to %s in finance (%s)</source>
        <translation>Қаржы қызметіне ауыстыру: %s (%s)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="95" />
        <source>ext.</source>
        <translation>ішкі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="103" />
        <source>Nobody in finance or the manager is available</source>
        <translation>Менеджер де, қаржы қызметі де орнында жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="111" />
        <source>The order is now &lt;b&gt;%s&lt;/b&gt;; approved was &lt;b&gt;%s&lt;/b&gt;.</source>
        <translation>Қазір тапсырыс &lt;b&gt;%s&lt;/b&gt;; мақұлданғаны &lt;b&gt;%s&lt;/b&gt; болды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="116" />
        <source>%s due %s: &lt;b&gt;%s&lt;/b&gt; unpaid, &lt;b&gt;%d days&lt;/b&gt; overdue</source>
        <translation>%s, мерзімі %s: төленбеген &lt;b&gt;%s&lt;/b&gt;, кешіктіру &lt;b&gt;%d күн&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="125" />
        <source>… and %d more overdue documents</source>
        <translation>… тағы мерзімі өткен құжаттар: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="128" />
        <source>Owed &lt;b&gt;%s&lt;/b&gt;, limit %s: &lt;b&gt;%s over the limit&lt;/b&gt;</source>
        <translation>Қарыз &lt;b&gt;%s&lt;/b&gt;, лимит %s: &lt;b&gt;лимиттен %s асты&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="152" />
        <source>Write the amount up to which the order is approved.</source>
        <translation>Тапсырыс қандай сомаға дейін мақұлданғанын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="156" />
        <source>Write why the debt gate is overridden for this order.</source>
        <translation>Қарызға қарамастан тапсырыс неге қабылданатынын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="169" />
        <source>%s may not override the debt gate: ask finance or the head of sales.</source>
        <translation>%s тыйымды алып тастай алмайды: қаржы қызметіне немесе сату басшысына жүгініңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="173" />
        <source>Wrong user name or password of the approver.</source>
        <translation>Мақұлдаушының пайдаланушы аты немесе құпиясөзі қате.</translation>
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
        <location filename="../../forms/gate_dialog.ui" line="28" />
        <source>Pass the client on</source>
        <translation>Клиентті басқаға беру</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="32" />
        <source>Transfer to the manager</source>
        <translation>Менеджерге ауыстыру</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="38" />
        <source>Transfer to finance</source>
        <translation>Қаржы қызметіне ауыстыру</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="47" />
        <source>Override for this order (finance or head of sales)</source>
        <translation>Осы тапсырысқа рұқсат беру (қаржы немесе сату басшысы)</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="51" />
        <source>&amp;Approved by (user):</source>
        <translation>&amp;Мақұлдаған (пайдаланушы):</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="60" />
        <source>Their &amp;password:</source>
        <translation>Оның &amp;құпиясөзі:</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="71" />
        <source>Order up to (&amp;amount):</source>
        <translation>Тапсырыстың шекті &amp;сомасы:</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="78" />
        <source>The most this order may reach, e.g. 150 000</source>
        <translation>Тапсырыстың ең үлкен сомасы, мысалы 150 000</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="83" />
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="90" />
        <source>Why the order is taken despite the debt</source>
        <translation>Қарызға қарамастан тапсырыс неге қабылданады</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="95" />
        <source>&amp;Override and start the order (Enter)</source>
        <translation>&amp;Рұқсат беріп, тапсырысты бастау (Enter)</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="38" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="39" />
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="40" />
        <source>Unit</source>
        <translation>Бірл.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="41" />
        <source>Pack</source>
        <translation>Қаптама</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="42" />
        <source>Last</source>
        <translation>Соңғы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="43" />
        <source>2nd</source>
        <translation>2-ші</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="44" />
        <source>3rd</source>
        <translation>3-ші</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="45" />
        <source>4th</source>
        <translation>4-ші</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="46" />
        <source>5th</source>
        <translation>5-ші</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="47" />
        <source>Paid last</source>
        <translation>Соңғы баға</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="48" />
        <source>Price today</source>
        <translation>Бүгінгі баға</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="49" />
        <source>Stock</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="50" />
        <source>Qty</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="52" />
        <source>The client's last purchases of the product, newest first: quantity · day.month</source>
        <translation>Клиенттің осы тауарды соңғы сатып алулары, жаңасы алдымен: саны · күн.ай</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="212" />
        <source>In %d orders of two years, last on %s</source>
        <translation>Екі жылда %d тапсырыста, соңғысы %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="216" />
        <source>%s on %s at %s</source>
        <translation>%s — %s, бағасы %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="219" />
        <source>Promotion price</source>
        <translation>Акция бағасы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="221" />
        <source>Type the quantity; Enter or ↓ puts it in the order, 0 removes the line</source>
        <translation>Санын енгізіңіз; Enter немесе ↓ тапсырысқа қосады, 0 жолды жояды</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="34" />
        <source>Documents of order %1</source>
        <translation>%1 тапсырысының құжаттары</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="37" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="38" />
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="39" />
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="40" />
        <source>fax by e-mail</source>
        <translation>e-mail арқылы факс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="41" />
        <source>printed</source>
        <translation>басып шығарылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="42" />
        <source>saved as PDF</source>
        <translation>PDF ретінде сақталды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="45" />
        <source>confirmation</source>
        <translation>растама</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="46" />
        <source>fax sheet</source>
        <translation>факс парағы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="47" />
        <source>price list</source>
        <translation>баға тізімі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="48" />
        <source>reference sheet</source>
        <translation>анықтамалық парақ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="49" />
        <source>daily report</source>
        <translation>күнделікті есеп</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="52" />
        <source>sent</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="53" />
        <source>FAILED</source>
        <translation>ҚАТЕ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="57" />
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="58" />
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="59" />
        <source>How</source>
        <translation>Қалай</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="60" />
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="61" />
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="62" />
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="63" />
        <source>Error</source>
        <translation>Қате</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="71" />
        <source>Nothing was printed or sent for this order yet.</source>
        <translation>Бұл тапсырыс бойынша әлі ештеңе басып шығарылмаған немесе жіберілмеген.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="110" />
        <source>Import from accounting</source>
        <translation>Бухгалтериядан жүктеу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="116" />
        <source>One file a line: import.xml and offers.xml from 1C, a debt statement (.xlsx, .csv)…</source>
        <translation>Әр жолға бір файл: 1С-тен import.xml және offers.xml, қарыздар ведомосы (.xlsx, .csv)…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="119" />
        <source>&amp;Files to import:</source>
        <translation>Жүктелетін &amp;файлдар:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="121" />
        <source>&amp;Browse… (Ctrl+O)</source>
        <translation>&amp;Таңдау… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="123" />
        <source>&amp;Preview (F5)</source>
        <translation>&amp;Алдын ала қарау (F5)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="125" />
        <source>Cancel the preview (Esc)</source>
        <translation>Алдын ала қарауды тоқтату (Esc)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="140" />
        <source>File / records</source>
        <translation>Файл / жазбалар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="141" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="142" />
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="143" />
        <source>Changed</source>
        <translation>Өзгерген</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="144" />
        <source>Deactivated</source>
        <translation>Өшірілген</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="145" />
        <source>Unchanged</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="146" />
        <source>Rejected</source>
        <translation>Қабылданбаған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="155" />
        <source>&amp;Counts by file and kind:</source>
        <translation>Файлдар мен түрлер бойынша &amp;саны:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="180" />
        <source>&amp;Rejected rows and conflicts:</source>
        <translation>&amp;Қабылданбаған жолдар мен қайшылықтар:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="188" />
        <source>&amp;Apply to the database (Ctrl+Shift+Enter)</source>
        <translation>&amp;Базаға жазу (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="191" />
        <source>Exchange &amp;log</source>
        <translation>Алмасу &amp;журналы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="249" />
        <source>Choose the files, then Preview (F5): nothing is written until you apply.</source>
        <translation>Файлдарды таңдап, Алдын ала қарау (F5) басыңыз: жазбайынша базаға ештеңе түспейді.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="261" />
        <source>Files from accounting</source>
        <translation>Бухгалтерия файлдары</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="264" />
        <source>Accounting files (*.xml *.csv *.xlsx *.txt)</source>
        <translation>Бухгалтерия файлдары (*.xml *.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="264" />
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="281" />
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="306" />
        <source>The files changed: preview them again (F5) before applying.</source>
        <translation>Файлдар өзгерді: жазар алдында қайта алдын ала қараңыз (F5).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="297" />
        <source>Write or choose at least one file (Ctrl+O).</source>
        <translation>Кемінде бір файлды жазыңыз немесе таңдаңыз (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="302" />
        <source>No such file: %1</source>
        <translation>Мұндай файл жоқ: %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="313" />
        <source>Applying: each file is written whole or not at all…</source>
        <translation>Жазылуда: әр файл толық жазылады не мүлде жазылмайды…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="315" />
        <source>Reading the files; nothing is written…</source>
        <translation>Файлдар оқылуда; ештеңе жазылмайды…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="344" />
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="376" />
        <source>Preview cancelled: nothing was written.</source>
        <translation>Алдын ала қарау тоқтатылды: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="383" />
        <source>Not applied: %1</source>
        <translation>Жазылмады: %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="429" />
        <source>Preview: nothing is written yet. Ctrl+Shift+Enter applies %1.</source>
        <translation>Алдын ала қарау: әзірге ештеңе жазылған жоқ. Ctrl+Shift+Enter мынаны жазады: %1.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="434" />
        <source>Refused, would not be applied: %1.</source>
        <translation>Қабылданбады, жазылмайды: %1.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="436" />
        <source>Already imported, nothing to apply: %1.</source>
        <translation>Бұрын жүктелген, жазатын ештеңе жоқ: %1.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="437" />
        <source>Nothing to apply.</source>
        <translation>Жазатын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="448" />
        <source>Applied: %1.</source>
        <translation>Жазылды: %1.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="450" />
        <source>Not applied, nothing written from: %1.</source>
        <translation>Жазылмады, бұлардан базаға ештеңе түскен жоқ: %1.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="451" />
        <source>Every run is in the exchange log (Alt+L).</source>
        <translation>Әр жүктеу алмасу журналында (Alt+Ж).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="469" />
        <source>Applying: wait until it ends (each file is all or nothing).</source>
        <translation>Жазылуда: аяқталғанын күтіңіз (әр файл толық не мүлде жазылмайды).</translation>
    </message>
</context>
<context>
    <name>InvoicingDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="85" />
        <source>%d accepted orders are not invoiced yet, oldest first: they count against their clients' credit limits until accounting invoices them (%s).</source>
        <translation>Шот жазылмаған қабылданған тапсырыстар: %d, ең ескісі бірінші. Бухгалтерия шот жазғанша олар клиенттердің несие лимитіне кіреді (%s).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="106" />
        <source>Choose an order in the list first.</source>
        <translation>Алдымен тізімнен тапсырысты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="110" />
        <source>Mark invoiced</source>
        <translation>Шот жазылды деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="112" />
        <source>Accounting has invoiced order %s of %s for %s?

From now on its invoice counts in the client's debt, not the order.</source>
        <translation>Бухгалтерия %s тапсырысына (клиенті: %s, сомасы: %s) шот жазды ма?

Осы сәттен бастап клиент қарызында тапсырыс емес, шот есептеледі.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="130" />
        <source>Order %s is marked invoiced.</source>
        <translation>%s тапсырысы шот жазылды деп белгіленді.</translation>
    </message>
    <message>
        <location filename="../../forms/invoicing_dialog.ui" line="6" />
        <source>Orders not invoiced yet</source>
        <translation>Шот жазылмаған тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../forms/invoicing_dialog.ui" line="15" />
        <source>&amp;Find (number or client):</source>
        <translation>&amp;Іздеу (нөмір немесе клиент):</translation>
    </message>
    <message>
        <location filename="../../forms/invoicing_dialog.ui" line="36" />
        <source>&amp;Mark invoiced (Ctrl+I)</source>
        <translation>Шот жазылды деп &amp;белгілеу (Ctrl+I)</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="52" />
        <source>callback</source>
        <translation>кері қоңырау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="53" />
        <source>sleeping client</source>
        <translation>енжар клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="54" />
        <source>task</source>
        <translation>тапсырма</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="68" />
        <source>transferred to %s</source>
        <translation>ауыстырылды: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="75" />
        <source>(call still open)</source>
        <translation>(қоңырау әлі жабылмаған)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="87" />
        <source>unknown number</source>
        <translation>белгісіз нөмір</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="199" />
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="200" />
        <source>%s: %d calls (%d in, %d out), %d orders taken</source>
        <translation>%s: қоңыраулар %d (кіріс %d, шығыс %d), қабылданған тапсырыстар %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="208" />
        <source>average %s</source>
        <translation>орташа %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="212" />
        <source>%d open</source>
        <translation>жабылмаған: %d</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="241" />
        <source>All operators</source>
        <translation>Барлық операторлар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="244" />
        <source>All outcomes</source>
        <translation>Барлық нәтижелер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="245" />
        <source>Still open</source>
        <translation>Әлі ашық</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="250" />
        <source>Client name or number</source>
        <translation>Клиент атауы немесе нөмірі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="256" />
        <source>&amp;Day:</source>
        <translation>&amp;Күн:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="257" />
        <source>O&amp;perator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="258" />
        <source>O&amp;utcome:</source>
        <translation>&amp;Нәтиже:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="259" />
        <source>C&amp;lient:</source>
        <translation>К&amp;лиент:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="361" />
        <source>%d of %d shown</source>
        <translation>Көрсетілді: %d / %d</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="32" />
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="44" />
        <source>Enter your user name and password.</source>
        <translation>Пайдаланушы атын және құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="68" />
        <source>Your password was reset by an administrator: choose your own (8 characters or more, not your user name, not only digits) and type it twice.</source>
        <translation>Әкімші құпиясөзіңізді қалпына келтірді: өзіңіздікін ойлап табыңыз (кемінде 8 таңба, пайдаланушы атына тең емес, тек цифрлар емес) және оны екі рет енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="92" />
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="94" />
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
        <location filename="../../orderdesk_gui/ui/order_dialogs.py" line="31" />
        <source>No order is open: F4 starts one.</source>
        <translation>Тапсырыс ашылмаған: F4 тапсырысты бастайды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_dialogs.py" line="47" />
        <source>Cancel the draft order</source>
        <translation>Тапсырыс жобасын болдырмау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_dialogs.py" line="48" />
        <source>Why is it cancelled?</source>
        <translation>Болдырмау себебі?</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_dialogs.py" line="56" />
        <source>Choose a line of the open order first.</source>
        <translation>Алдымен ашық тапсырыстың жолын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_dialogs.py" line="60" />
        <location filename="../../orderdesk_gui/ui/order_dialogs.py" line="67" />
        <source>Price by hand</source>
        <translation>Қолмен баға</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_dialogs.py" line="61" />
        <source>New unit price:</source>
        <translation>Жаңа бірлік бағасы:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_dialogs.py" line="68" />
        <source>Why (kept in the audit log):</source>
        <translation>Себебі (аудит журналында сақталады):</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="218" />
        <source>Clients found: %d</source>
        <translation>Табылған клиенттер: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="246" />
        <source>Order %s accepted and passed to fulfilment</source>
        <translation>%s тапсырысы қабылданып, орындауға берілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="253" />
        <source>No client has %s: press Ctrl+N to create a potential client</source>
        <translation>%s нөмірі табылмады: Ctrl+N әлеуетті клиент жасайды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="265" />
        <source>New incoming call</source>
        <translation>Жаңа кіріс қоңырау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="266" />
        <source>The caller's number (empty if not shown):</source>
        <translation>Қоңырау шалушының нөмірі (көрсетілмесе, бос қалдырыңыз):</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="279" />
        <source>Find the client first (F3).</source>
        <translation>Алдымен клиентті табыңыз (F3).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/connection_status.py" line="51" />
        <source>connected</source>
        <translation>қосылған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/connection_status.py" line="54" />
        <source>database unreachable: retrying</source>
        <translation>дерекқор қолжетімсіз: қайталаудамыз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/connection_status.py" line="58" />
        <source>The connection to the database is back: what waited is being saved.</source>
        <translation>Дерекқормен байланыс қалпына келді: күтіп тұрғанның бәрі сақталуда.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/connection_status.py" line="62" />
        <source>The connection to the database is lost: keep typing, nothing is lost; it is saved as soon as the connection is back.</source>
        <translation>Дерекқормен байланыс үзілді: теруді жалғастырыңыз, ештеңе жоғалмайды; байланыс қалпына келісімен бәрі сақталады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="290" />
        <source>Database error: %s</source>
        <translation>Дерекқор қатесі: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="114" />
        <source>About OrderDesk</source>
        <translation>OrderDesk туралы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="111" />
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
        <location filename="../../forms/main_window.ui" line="111" />
        <source>&amp;View</source>
        <translation>Кө&amp;рініс</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="118" />
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="183" />
        <source>Sign &amp;out</source>
        <translation>Есептік жазбадан &amp;шығу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="184" />
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="187" />
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="188" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="191" />
        <source>&amp;Find caller or client</source>
        <translation>Қоңырау шалушыны немесе клиентті &amp;табу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="192" />
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="195" />
        <source>&amp;Open selected card</source>
        <translation>Карточканы &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="196" />
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="199" />
        <source>&amp;Clear search</source>
        <translation>Іздеуді &amp;тазалау</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="200" />
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="144" />
        <location filename="../../forms/main_window.ui" line="203" />
        <source>Call &amp;journal</source>
        <translation>Қоңыраулар &amp;журналы</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="130" />
        <source>Calls and callbacks</source>
        <translation>Қоңыраулар және кері қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="153" />
        <source>Call&amp;backs</source>
        <translation>Кері қо&amp;ңыраулар</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="167" />
        <source>C&amp;lose the call (outcome)…</source>
        <translation>Қоңырауды жабу (&amp;нәтиже)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="168" />
        <source>F12</source>
        <translation>F12</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="171" />
        <source>New &amp;incoming call…</source>
        <translation>Жаңа &amp;кіріс қоңырау…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="172" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="175" />
        <source>Call the ne&amp;xt callback</source>
        <translation>Кел&amp;есі кері қоңырауды шалу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="176" />
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="179" />
        <source>&amp;Add a callback request…</source>
        <translation>Кері қоңырау &amp;өтінімін қосу…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="180" />
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="204" />
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="207" />
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="208" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="211" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімі</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="212" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="215" />
        <source>&amp;About OrderDesk</source>
        <translation>OrderDesk &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="218" />
        <source>&amp;New order (debt gate)</source>
        <translation>&amp;Жаңа тапсырыс (қарызды тексеру)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="219" />
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="222" />
        <source>&amp;Transfer as proposed</source>
        <translation>&amp;Ұсыныс бойынша ауыстыру</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="223" />
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="226" />
        <source>&amp;Consult the head of sales</source>
        <translation>&amp;Сату басшысымен кеңесу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="227" />
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="230" />
        <source>Purpose: &amp;order</source>
        <translation>Мақсаты: &amp;тапсырыс</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="231" />
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="234" />
        <source>Purpose: &amp;information</source>
        <translation>Мақсаты: &amp;анықтама</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="235" />
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="238" />
        <source>Purpose: &amp;complaint</source>
        <translation>Мақсаты: &amp;шағым</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="239" />
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="242" />
        <source>Purpose: o&amp;ther</source>
        <translation>Мақсаты: &amp;басқа</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="243" />
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="246" />
        <source>&amp;New client</source>
        <translation>&amp;Жаңа клиент</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="247" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="250" />
        <source>&amp;Edit client card</source>
        <translation>Карточканы &amp;өзгерту</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="251" />
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="254" />
        <source>Co&amp;mplete the order…</source>
        <translation>Тапсырысты &amp;рәсімдеу…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="255" />
        <source>F10</source>
        <translation>F10</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="258" />
        <source>&amp;Repeat the last order</source>
        <translation>Соңғы тапсырысты &amp;қайталау</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="259" />
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="262" />
        <source>Add the &amp;usual basket</source>
        <translation>&amp;Әдеттегі жиынтықты қосу</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="263" />
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="266" />
        <source>&amp;Undo line removal</source>
        <translation>Жойылған жолды &amp;қайтару</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="267" />
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="270" />
        <source>Cancel the draft order…</source>
        <translation>Тапсырыс жобасын болдырмау…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="271" />
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="274" />
        <source>Next suggestion</source>
        <translation>Келесі ұсыныс</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="275" />
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="278" />
        <source>Previous suggestion</source>
        <translation>Алдыңғы ұсыныс</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="279" />
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="282" />
        <source>&amp;Add the suggestion (accepted)</source>
        <translation>Ұсынысты &amp;қосу (қабылданды)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="283" />
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="286" />
        <source>Declined: not needed</source>
        <translation>Бас тартты: керек емес</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="287" />
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="290" />
        <source>Declined: price</source>
        <translation>Бас тартты: баға</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="291" />
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="294" />
        <source>Declined: has stock</source>
        <translation>Бас тартты: қоры бар</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="295" />
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="298" />
        <source>Declined: other</source>
        <translation>Бас тартты: басқа</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="299" />
        <source>Alt+4</source>
        <translation>Alt+4</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="302" />
        <source>Set the line's price by &amp;hand… (head of sales)</source>
        <translation>Жол бағасын &amp;қолмен қою… (сату басшысы)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="303" />
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="306" />
        <source>&amp;Fulfilment queue</source>
        <translation>&amp;Орындау кезегі</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="307" />
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="310" />
        <source>Orders not &amp;invoiced yet… (finance)</source>
        <translation>Шот жазылмаған &amp;тапсырыстар… (қаржы)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/focus.py" line="50" />
        <source>Go to the client &amp;card</source>
        <translation>Клиент &amp;карточкасына өту</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/focus.py" line="52" />
        <source>Go to the order &amp;lines</source>
        <translation>Тапсырыс &amp;жолдарына өту</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/focus.py" line="56" />
        <source>Go to the &amp;offers</source>
        <translation>Ұ&amp;сыныстарға өту</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="13" />
        <source>Unknown call purpose: {purpose}.</source>
        <translation>Қоңыраудың белгісіз мақсаты: {purpose}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="14" />
        <source>Unknown call outcome: {outcome}.</source>
        <translation>Қоңыраудың белгісіз нәтижесі: {outcome}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="15" />
        <source>Unknown call source: {source}.</source>
        <translation>Қоңыраудың белгісіз көзі: {source}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="16" />
        <source>The call record no longer exists.</source>
        <translation>Қоңырау жазбасы енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="17" />
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="24" />
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="204" />
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="64" />
        <source>The client no longer exists.</source>
        <translation>Бұл клиент енді базада жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="18" />
        <source>The person consulted does not exist.</source>
        <translation>Кеңес алынған қызметкер табылмады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="19" />
        <source>This call is closed already.</source>
        <translation>Бұл қоңырау жабылып қойған.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="20" />
        <source>Choose the outcome of the call.</source>
        <translation>Қоңыраудың нәтижесін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="21" />
        <source>Say why the client refused.</source>
        <translation>Клиенттің неге бас тартқанын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="22" />
        <source>No order was completed on this call: complete the order first.</source>
        <translation>Бұл қоңырауда тапсырыс рәсімделмеді: алдымен тапсырысты рәсімдеңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="25" />
        <source>Choose the person the call was transferred to.</source>
        <translation>Қоңырау ауыстырылған адамды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="28" />
        <source>The person to transfer to does not exist.</source>
        <translation>Қоңырау берілетін қызметкер табылмады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="29" />
        <source>Say when to call back.</source>
        <translation>Қашан кері қоңырау шалу керектігін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="30" />
        <source>The callback time is in the past.</source>
        <translation>Кері қоңырау уақыты өтіп кеткен.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="31" />
        <source>The call has no number to call back.</source>
        <translation>Қоңырауда кері қоңырау шалатын нөмір жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="33" />
        <source>No head of sales is available to consult.</source>
        <translation>Кеңесу үшін сату басшысы жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="34" />
        <source>Consulted {name}</source>
        <translation>Кеңес алынды: {name}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="35" />
        <source>Consulted {name}: {note}</source>
        <translation>Кеңес алынды: {name}: {note}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="36" />
        <source>Callback scheduled for {at}</source>
        <translation>Кері қоңырау {at} уақытына белгіленді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="37" />
        <source>Callback scheduled for {at}: {note}</source>
        <translation>Кері қоңырау {at} уақытына белгіленді: {note}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="40" />
        <source>Complaint no. {number} registered</source>
        <translation>№ {number} шағым тіркелді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="41" />
        <source>Claim no. {number} registered</source>
        <translation>№ {number} талап тіркелді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="42" />
        <source>Wish no. {number} registered</source>
        <translation>№ {number} тілек тіркелді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="44" />
        <source>The time is empty.</source>
        <translation>Уақыт көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="45" />
        <source>The time “{text}” is out of range.</source>
        <translation>«{text}» уақыты рұқсат етілген аралықтан тыс.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="46" />
        <source>The time “{text}” is more than {days} days ahead.</source>
        <translation>«{text}» уақыты {days} күннен астам алда.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="49" />
        <source>The time “{text}” is more than {days} days ago.</source>
        <translation>«{text}» уақыты {days} күннен астам бұрын.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="52" />
        <source>“{text}” is not a time of day.</source>
        <translation>«{text}» — тәулік уақыты емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="53" />
        <source>Cannot read the time “{text}”: write e.g. 14:30, 2026-11-23 14:30, tomorrow 10:00 or +2h.</source>
        <translation>«{text}» уақытын оқу мүмкін емес: мысалы, 14:30, 2026-11-23 14:30, ертең 10:00 немесе +2h деп жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="57" />
        <source>Cannot read the day “{day}” of the window “{text}”.</source>
        <translation>«{text}» аралығындағы «{day}» күнін оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="60" />
        <source>The window “{text}” ends before it starts.</source>
        <translation>«{text}» аралығы басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="63" />
        <source>The time window ends before it starts.</source>
        <translation>Уақыт аралығы басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="64" />
        <source>Cannot read the time “{text}”.</source>
        <translation>«{text}» уақытын оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="66" />
        <source>The phone number is empty.</source>
        <translation>Телефон нөмірі көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="67" />
        <source>“{text}” is not a phone number.</source>
        <translation>«{text}» — телефон нөмірі емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="68" />
        <source>The name is longer than {limit} characters.</source>
        <translation>Аты {limit} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="69" />
        <source>The note is longer than {limit} characters.</source>
        <translation>Ескертпе {limit} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="70" />
        <source>Unknown source {source}; one of: {choices}.</source>
        <translation>Белгісіз көз {source}; рұқсат етілгендері: {choices}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="71" />
        <source>The callback request no longer exists.</source>
        <translation>Кері қоңырау өтінімі енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="72" />
        <source>This callback is finished already.</source>
        <translation>Бұл кері қоңырау аяқталып қойған.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="73" />
        <source>{name} is calling this number now.</source>
        <translation>{name} қазір осы нөмірге қоңырау шалып жатыр.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="74" />
        <source>Say why the callback is cancelled.</source>
        <translation>Кері қоңыраудың неге болдырылмайтынын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="75" />
        <source>Cancelled by {name}: {reason}</source>
        <translation>{name} болдырмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="77" />
        <source>The file is neither UTF-8 nor Windows-1251 text.</source>
        <translation>Файл UTF-8 немесе Windows-1251 мәтіні емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="80" />
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="81" />
        <source>The file is saved as UTF-16: save it as CSV in UTF-8 or Windows-1251 and import it again.</source>
        <translation>Файл UTF-16 кодтауымен сақталған: оны UTF-8 немесе Windows-1251 кодтауындағы CSV ретінде сақтап, қайта жүктеңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="85" />
        <source>A field is longer than {longest} characters or its quotes are broken: check the file.</source>
        <translation>Өріс {longest} таңбадан ұзын немесе тырнақшалары бұзылған: файлды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="88" />
        <source>The first row must name the columns; a “phone” column is missing.</source>
        <translation>Бірінші жолда бағандардың атаулары болуы керек; «phone» (телефон) бағаны жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="91" />
        <source>More than {limit} rows: split the file.</source>
        <translation>{limit} жолдан көп: файлды бөліңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="92" />
        <source>The file has a header but no requests.</source>
        <translation>Файлда тақырып бар, бірақ өтінімдер жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="93" />
        <source>Cannot read the file: {reason}</source>
        <translation>Файлды оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="94" />
        <source>The file could not be imported: {reason}</source>
        <translation>Файлды импорттау мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="95" />
        <source>File: {file}</source>
        <translation>Файл: {file}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="96" />
        <source>This file was imported before; nothing was imported again.</source>
        <translation>Бұл файл бұрын импортталған; қайтадан ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="99" />
        <source>Imported: {added} new callback requests, {updated} updated.</source>
        <translation>Импортталды: жаңа кері қоңырау өтінімдері — {added}, жаңартылды — {updated}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="102" />
        <source>Nothing was imported: the file has errors. Fix them and drop the file again.</source>
        <translation>Ештеңе импортталмады: файлда қателер бар. Оларды түзетіп, файлды қайта салыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="105" />
        <source>line {line}: {message}</source>
        <translation>{line}-жол: {message}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="107" />
        <source>A survey has at most {limit} questions.</source>
        <translation>Сауалнамада {limit} сұрақтан аспауы керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="108" />
        <source>Question {number} has no text.</source>
        <translation>{number}-сұрақтың мәтіні жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="109" />
        <source>Question {number} is longer than {limit} characters.</source>
        <translation>{number}-сұрақ {limit} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="112" />
        <source>Two questions share the key {key}.</source>
        <translation>Екі сұрақтың кілті бірдей: {key}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="113" />
        <source>Question {number} has an unknown answer type {kind}.</source>
        <translation>{number}-сұрақтың жауап түрі белгісіз: {kind}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="116" />
        <source>Question {number} needs at least two choices.</source>
        <translation>{number}-сұраққа кемінде екі нұсқа керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="119" />
        <source>A task title is {shortest} to {longest} characters.</source>
        <translation>Тапсырма атауы {shortest}–{longest} таңба болуы керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="120" />
        <source>The instruction is longer than {limit} characters.</source>
        <translation>Нұсқаулық {limit} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="123" />
        <source>The due date {day} is in the past.</source>
        <translation>{day} мерзімі өтіп кеткен.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="124" />
        <source>The task needs at least one client: raise the limit.</source>
        <translation>Тапсырмада кемінде бір клиент болуы керек: шектеуді үлкейтіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="127" />
        <source>No client matches the filter.</source>
        <translation>Сүзгіге бірде-бір клиент сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="128" />
        <source>The task no longer exists.</source>
        <translation>Тапсырма енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="129" />
        <source>The task item no longer exists.</source>
        <translation>Тапсырма тармағы енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="130" />
        <source>This task is closed.</source>
        <translation>Бұл тапсырма жабық.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="131" />
        <source>This client has been called for the task already.</source>
        <translation>Бұл клиентке тапсырма бойынша қоңырау шалынып қойған.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="134" />
        <source>{name} is calling this client for the task now.</source>
        <translation>{name} қазір осы клиентке тапсырма бойынша қоңырау шалып жатыр.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="135" />
        <source>Another operator has just started calling this client for the task.</source>
        <translation>Басқа оператор осы клиентке тапсырма бойынша жаңа ғана қоңырау шала бастады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="138" />
        <source>This task item is finished already.</source>
        <translation>Тапсырманың бұл тармағы орындалып қойған.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="139" />
        <source>This call is not with the task's client.</source>
        <translation>Бұл қоңырау тапсырмадағы клиентпен емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="142" />
        <source>This call was closed already with another outcome; call the client again.</source>
        <translation>Бұл қоңырау басқа нәтижемен жабылып қойған; клиентке қайта қоңырау шалыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="145" />
        <source>Unknown question {key}.</source>
        <translation>Белгісіз сұрақ: {key}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="146" />
        <source>Question {number} needs an answer: {question}</source>
        <translation>{number}-сұраққа жауап керек: {question}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="147" />
        <source>The answer to question {number} is longer than {limit} characters.</source>
        <translation>{number}-сұрақтың жауабы {limit} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="150" />
        <source>Question {number} is answered yes or no.</source>
        <translation>{number}-сұраққа «иә» немесе «жоқ» деп жауап беріледі.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="151" />
        <source>Question {number} is answered with a number.</source>
        <translation>{number}-сұраққа санмен жауап беріледі.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="152" />
        <source>Question {number} is answered with one of: {choices}.</source>
        <translation>{number}-сұраққа мына нұсқалардың бірімен жауап беріледі: {choices}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="156" />
        <source>There is no department {department}.</source>
        <translation>{department} бөлімі жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="157" />
        <source>Order lines are line numbers separated by commas, e.g. 1, 4.</source>
        <translation>Тапсырыс жолдары — үтір арқылы жазылған жол нөмірлері, мысалы 1, 4.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="160" />
        <source>The order has no line {line}.</source>
        <translation>Тапсырыста {line}-жол жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="161" />
        <source>Unknown kind {kind}; one of: {choices}.</source>
        <translation>Белгісіз түр {kind}; рұқсат етілгендері: {choices}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="162" />
        <source>Unknown category {category}.</source>
        <translation>Белгісіз санат: {category}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="163" />
        <source>Write what the client said.</source>
        <translation>Клиенттің не айтқанын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="164" />
        <source>The text is longer than {limit} characters.</source>
        <translation>Мәтін {limit} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="165" />
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="187" />
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="92" />
        <source>The order no longer exists.</source>
        <translation>Бұл тапсырыс енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="166" />
        <source>The order belongs to another client.</source>
        <translation>Тапсырыс басқа клиентке тиесілі.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="169" />
        <source>Choose the order the lines belong to.</source>
        <translation>Жолдар қатысты тапсырысты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="172" />
        <source>The complaint no longer exists.</source>
        <translation>Шағым енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="173" />
        <source>{name} does not head the department this complaint was passed to.</source>
        <translation>{name} бұл шағым берілген бөлімді басқармайды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="176" />
        <source>This complaint is resolved already.</source>
        <translation>Бұл шағым шешіліп қойған.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="177" />
        <source>Write how the complaint was resolved.</source>
        <translation>Шағымның қалай шешілгенін жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="178" />
        <source>The resolution is longer than {limit} characters.</source>
        <translation>Шешім {limit} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="182" />
        <source>The period ends before it starts.</source>
        <translation>Кезең басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="183" />
        <source>A report covers at most {days} days.</source>
        <translation>Есеп {days} күннен аспайтын кезеңді қамтиды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="184" />
        <source>{name} may only see their own figures.</source>
        <translation>{name} тек өз көрсеткіштерін көре алады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="13" />
        <source>Type the phone number.</source>
        <translation>Телефон нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="14" />
        <source>“{number}” is not a phone number.</source>
        <translation>«{number}» — телефон нөмірі емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="15" />
        <source>“{number}” has the wrong number of digits for a phone number.</source>
        <translation>«{number}» нөмірінде телефон үшін цифрлар саны дұрыс емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="19" />
        <source>A BIN/IIN has exactly 12 digits.</source>
        <translation>БСН/ЖСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="20" />
        <source>This BIN/IIN fails its check digit: a digit is probably mistyped.</source>
        <translation>БСН/ЖСН бақылау цифрынан өтпейді: бір цифр қате терілген болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="25" />
        <source>Type the client's name.</source>
        <translation>Клиенттің атауын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="26" />
        <source>The client's name is too long: at most {limit} characters ({given} given).</source>
        <translation>Клиенттің атауы тым ұзын: ең көбі {limit} таңба (енгізілгені {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="29" />
        <source>The city is too long: at most {limit} characters ({given} given).</source>
        <translation>Қала атауы тым ұзын: ең көбі {limit} таңба (енгізілгені {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="32" />
        <source>The region is too long: at most {limit} characters ({given} given).</source>
        <translation>Облыс атауы тым ұзын: ең көбі {limit} таңба (енгізілгені {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="35" />
        <source>The delivery address is too long: at most {limit} characters ({given} given).</source>
        <translation>Жеткізу мекенжайы тым ұзын: ең көбі {limit} таңба (енгізілгені {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="38" />
        <source>The shipping details are too long: at most {limit} characters ({given} given).</source>
        <translation>Жөнелту деректемелері тым ұзын: ең көбі {limit} таңба (енгізілгені {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="41" />
        <source>The notes are too long: at most {limit} characters ({given} given).</source>
        <translation>Ескертпе тым ұзын: ең көбі {limit} таңба (енгізілгені {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="44" />
        <source>Type the contact's name.</source>
        <translation>Байланыс тұлғасының атын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="45" />
        <source>A contact's name is too long: at most {limit} characters ({given} given).</source>
        <translation>Байланыс тұлғасының аты тым ұзын: ең көбі {limit} таңба (енгізілгені {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="48" />
        <source>A contact's role is too long: at most {limit} characters ({given} given).</source>
        <translation>Байланыс тұлғасының лауазымы тым ұзын: ең көбі {limit} таңба (енгізілгені {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="51" />
        <source>The e-mail is too long: at most {limit} characters ({given} given).</source>
        <translation>E-mail мекенжайы тым ұзын: ең көбі {limit} таңба (енгізілгені {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="54" />
        <source>The phone {phone} belongs to another client: {client}</source>
        <translation>{phone} телефоны басқа клиентке тиесілі: {client}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="57" />
        <source>BIN/IIN {tax_id} is already the client {code} {client}</source>
        <translation>БСН/ЖСН {tax_id} басқа клиентте көрсетілген: {code} {client}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="60" />
        <source>Unknown client type “{type}”.</source>
        <translation>Белгісіз клиент түрі «{type}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="61" />
        <source>There is no price column yet: import the price list first.</source>
        <translation>Баға бағандары әлі жоқ: алдымен баға тізімін жүктеңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="64" />
        <source>Unknown client status “{status}”.</source>
        <translation>Белгісіз клиент мәртебесі «{status}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="65" />
        <source>The credit limit must be an amount, e.g. 500000.</source>
        <translation>Несие лимиті сома болуы керек, мысалы 500000.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="68" />
        <source>The credit limit must be between 0 and {highest}.</source>
        <translation>Несие лимиті 0 мен {highest} аралығында болуы керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="71" />
        <source>The payment delay must be between 0 and {highest} days.</source>
        <translation>Төлем мерзімі 0 мен {highest} күн аралығында болуы керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="74" />
        <source>The same phone number is given twice.</source>
        <translation>Бір телефон нөмірі екі рет көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="75" />
        <source>Someone else saved this client meanwhile: reopen the card and edit again.</source>
        <translation>Бұл клиентті басқа біреу сақтап қойды: карточканы қайта ашып, өзгерістерді қайта енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="78" />
        <source>That manager does not exist or has left.</source>
        <translation>Мұндай менеджер жоқ немесе жұмыстан кеткен.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="80" />
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="81" />
        <source>This account is locked after repeated failed sign-ins: try again in {minutes} min, or ask an administrator to unlock it.</source>
        <translation>Бірнеше рет сәтсіз кіруден кейін тіркелгі бұғатталды: {minutes} минуттан кейін қайталаңыз немесе әкімшіден бұғатты ашуды сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="86" />
        <source>A password cannot be the user name.</source>
        <translation>Құпиясөз пайдаланушы атымен бірдей бола алмайды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="87" />
        <source>A password cannot be digits only: add letters or signs.</source>
        <translation>Құпиясөз тек цифрлардан тұра алмайды: әріптер немесе белгілер қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="91" />
        <source>“{field}” must be at most {most} characters, without control characters.</source>
        <translation>«{field}»: ең көбі {most} таңба, басқару таңбаларынсыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="94" />
        <source>That department does not exist.</source>
        <translation>Мұндай бөлім жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="95" />
        <source>{name} heads that department already.</source>
        <translation>Бұл бөлімді {name} басқарып отыр.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="96" />
        <source>That user does not exist.</source>
        <translation>Мұндай пайдаланушы жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="97" />
        <source>This is the last active administrator: make another administrator first.</source>
        <translation>Бұл соңғы белсенді әкімші: алдымен басқа әкімші тағайындаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="100" />
        <source>You cannot deactivate yourself.</source>
        <translation>Өзіңізді өшіре алмайсыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="101" />
        <source>Unknown right.</source>
        <translation>Белгісіз құқық.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="102" />
        <source>The right “{right}” of the role “{role}” cannot be changed.</source>
        <translation>«{role}» рөлінің «{right}» құқығын өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="105" />
        <source>{user} may not change the credit limit, payment delay or status: ask finance or the head of sales.</source>
        <translation>{user} несие лимитін, төлем мерзімін немесе мәртебені өзгерте алмайды: қаржы бөліміне немесе сату басшысына жүгініңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="109" />
        <source>You are not signed in (or your account was switched off): sign in again.</source>
        <translation>Сіз жүйеге кірмегенсіз (немесе есептік жазбаңыз өшірілген): қайта кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="112" />
        <source>{user} may not do this: the role does not include the permission “{permission}”.</source>
        <translation>{user}: бұл әрекетке рұқсат жоқ — рөлде «{permission}» құқығы жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="115" />
        <source>A password needs at least {least} characters.</source>
        <translation>Құпиясөзде кемінде {least} таңба болуы керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="116" />
        <source>A user name is 1 to {most} characters without spaces.</source>
        <translation>Пайдаланушы аты — бос орынсыз 1-ден {most} таңбаға дейін.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="117" />
        <source>Unknown role “{role}”; choose one of: {roles}.</source>
        <translation>Белгісіз рөл «{role}»; мыналардың бірін таңдаңыз: {roles}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="118" />
        <source>A user named “{login}” exists already.</source>
        <translation>«{login}» пайдаланушысы бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="119" />
        <source>There is no user named “{login}”.</source>
        <translation>«{login}» деген пайдаланушы жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="121" />
        <source>The rules must be a non-empty JSON list of objects.</source>
        <translation>Ережелер JSON нысандарының бос емес тізімі болуы керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="124" />
        <source>Rule {rule} is not an object.</source>
        <translation>{rule}-ереже нысан емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="125" />
        <source>Rule {rule}: “{field}” must be a text in quotes.</source>
        <translation>{rule} ереже: «{field}» тырнақшадағы мәтін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="126" />
        <source>Rule {rule}: unknown fields {fields}.</source>
        <translation>{rule}-ереже: белгісіз өрістер {fields}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="127" />
        <source>Rule {rule}: the priority must be a whole number.</source>
        <translation>{rule}-ереже: басымдық бүтін сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="130" />
        <source>Rule {rule}: priority {priority} is used twice.</source>
        <translation>{rule}-ереже: {priority} басымдығы екі рет қолданылған.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="133" />
        <source>Rule {rule}: the action must be one of {actions}.</source>
        <translation>{rule}-ереже: әрекет мыналардың бірі болуы керек: {actions}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="134" />
        <source>Rule {rule}: unknown client type “{type}”.</source>
        <translation>{rule}-ереже: белгісіз клиент түрі «{type}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="137" />
        <source>Rule {rule}: the purpose must be one of {purposes} or empty.</source>
        <translation>{rule}-ереже: мақсат мыналардың бірі немесе бос болуы керек: {purposes}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="140" />
        <source>Rule {rule}: client_is_new must be true, false or null.</source>
        <translation>{rule}-ереже: client_is_new мәні true, false немесе null болуы керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="143" />
        <source>Rule {rule}: a transfer needs a chain of steps.</source>
        <translation>{rule}-ереже: аудару үшін қадамдар тізбегі керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="146" />
        <source>Rule {rule}: the reason is longer than {most} characters.</source>
        <translation>{rule}-ереже: себеп {most} таңбадан ұзын.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="149" />
        <source>Rule {rule}: unknown step “{step}”; use {steps} or head:department code ({departments}).</source>
        <translation>{rule}-ереже: белгісіз қадам «{step}»; {steps} немесе head:бөлім коды ({departments}) қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="153" />
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="62" />
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} — UTF-8 кодтауындағы мәтін емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="154" />
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="63" />
        <source>{path} is not valid JSON: {problem}.</source>
        <translation>{path} — жарамсыз JSON: {problem}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="155" />
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="64" />
        <source>Cannot read {path}: {problem}.</source>
        <translation>{path} оқылмады: {problem}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="157" />
        <source>There is no department “{department}”.</source>
        <translation>«{department}» бөлімі жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="159" />
        <source>{person} already heads “{department}”: choose another head there first.</source>
        <translation>{person} «{department}» бөлімін басқарып отыр: алдымен онда басқа басшы тағайындаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="162" />
        <source>This client is not in the database.</source>
        <translation>Бұл клиент дерекқорда жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="163" />
        <source>The purpose of the call must be one of {purposes}.</source>
        <translation>Қоңырау мақсаты мыналардың бірі болуы керек: {purposes}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="166" />
        <source>Choose the client's debt: as booked, red or none.</source>
        <translation>Клиент қарызын таңдаңыз: есептегідей, қызыл немесе қарызсыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="170" />
        <source>Key account: their manager takes the order</source>
        <translation>Негізгі клиент: тапсырысты оның менеджері қабылдайды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="173" />
        <source>Not an order: to the client's manager or the head of sales</source>
        <translation>Тапсырыс емес: клиенттің менеджеріне немесе сату бөлімінің басшысына</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="176" />
        <source>New client: take the order here, then the head assigns a manager</source>
        <translation>Жаңа клиент: тапсырыс осында қабылданады, содан кейін басшы менеджер тағайындайды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="179" />
        <source>Ordinary client: take the order here</source>
        <translation>Қарапайым клиент: тапсырыс осында қабылданады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="180" />
        <source>no routing rule matched</source>
        <translation>бағыттаудың бірде-бір ережесі сәйкес келмеді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="181" />
        <source>Debt: overdue or over the limit</source>
        <translation>Қарыз: мерзімі өткен немесе лимиттен асқан</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="182" />
        <source>Documents can be in Russian, Kazakh or English, not {language}.</source>
        <translation>Құжаттар орыс, қазақ немесе ағылшын тілінде болады, «{language}» емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="185" />
        <source>chosen at the desk</source>
        <translation>оператор таңдады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="188" />
        <source>The order is still a draft: complete it (F10) before printing or sending it.</source>
        <translation>Тапсырыс әлі жоба күйінде: басып шығару немесе жіберу алдында оны рәсімдеңіз (F10).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="191" />
        <source>Order {number} is cancelled: only accepted orders have a confirmation.</source>
        <translation>{number} тапсырысы болдырылмаған: растама тек қабылданған тапсырыстарда болады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="194" />
        <source>Order {number} is “{status}”: only accepted orders have a confirmation.</source>
        <translation>{number} тапсырысының мәртебесі «{status}»: растау тек қабылданған тапсырыстарда болады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="197" />
        <source>Order {number} has no lines: there is nothing to confirm.</source>
        <translation>{number} тапсырысында жолдар жоқ: растайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="200" />
        <source>The order has no lines: there is nothing to print.</source>
        <translation>Тапсырыста жолдар жоқ — басып шығаратын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="201" />
        <source>The recipient's fax number is missing: type one.</source>
        <translation>Алушының факс нөмірі көрсетілмеген: оны енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="205" />
        <source>There is no price column “{column}”.</source>
        <translation>«{column}» баға бағаны жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="206" />
        <source>No base price column is set: choose a client or a price column.</source>
        <translation>Негізгі баға бағаны белгіленбеген: клиентті немесе баға бағанын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="209" />
        <source>No product matches the chosen groups and filters: the price list would be empty.</source>
        <translation>Таңдалған топтар мен сүзгілерге бірде-бір тауар сәйкес келмейді: баға тізімі бос болар еді.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="212" />
        <source>No active product matches: choose products or groups for the reference sheet.</source>
        <translation>Сәйкес белсенді тауар жоқ: анықтамалық парақ үшін тауарларды немесе топтарды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="215" />
        <source>The document has no rows: check the selection.</source>
        <translation>Құжатта бірде-бір жол жоқ — іріктеу шарттарын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="216" />
        <source>Unknown paper size “{paper}”: choose A4 or Letter.</source>
        <translation>Белгісіз қағаз пішімі «{paper}»: A4 немесе Letter таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="217" />
        <source>Unknown document language “{language}”: use one of {languages}.</source>
        <translation>Белгісіз құжат тілі «{language}»: мыналардың бірін қолданыңыз: {languages}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="220" />
        <source>A text of the document does not fit a page: shorten the overlong fields.</source>
        <translation>Құжат мәтіні бетке сыймайды: тым ұзын өрістерді қысқартыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="224" />
        <source>Unknown channel “{channel}” for a printed document.</source>
        <translation>Басып шығарылған құжат үшін белгісіз тәсіл «{channel}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="227" />
        <source>Unknown document kind “{kind}”.</source>
        <translation>Белгісіз құжат түрі «{kind}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="228" />
        <source>Type the recipient's e-mail address.</source>
        <translation>Алушының e-mail мекенжайын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="229" />
        <source>Not an e-mail address: {addresses}.</source>
        <translation>E-mail мекенжайы емес: {addresses}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="230" />
        <source>The attachments are {size} MB; most mail servers refuse more than {most} MB.</source>
        <translation>Тіркемелердің көлемі {size} МБ; пошта серверлерінің көбі {most} МБ-тан асатынын қабылдамайды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="233" />
        <source>The SMTP user name “{user}” contains characters the server login cannot carry; use the Latin user name of the mailbox (mail.smtp_user).</source>
        <translation>«{user}» SMTP пайдаланушы атында серверге кіру кезінде берілмейтін таңбалар бар; пошта жәшігінің латын әріптерімен жазылған атын қолданыңыз (mail.smtp_user).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="238" />
        <source>The SMTP password contains characters the server login cannot carry; only Latin letters, digits and punctuation can be sent: check the keyboard layout or change the mailbox password (mail.smtp_password).</source>
        <translation>SMTP құпиясөзінде серверге кіру кезінде берілмейтін таңбалар бар; тек латын әріптері, цифрлар мен тыныс белгілері жіберіледі: пернетақта тілін тексеріңіз немесе пошта жәшігінің құпиясөзін өзгертіңіз (mail.smtp_password).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="244" />
        <source>The mail server {server} did not answer within {seconds} s.</source>
        <translation>{server} пошта сервері {seconds} с ішінде жауап бермеді.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="247" />
        <source>The mail server {server} closed the connection at once.</source>
        <translation>{server} пошта сервері байланысты бірден жапты.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="250" />
        <source>The mail server name “{host}” is unknown: check mail.smtp_host.</source>
        <translation>«{host}» пошта серверінің аты белгісіз: mail.smtp_host тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="253" />
        <source>The mail server {server} cannot be reached ({reply}).</source>
        <translation>{server} пошта серверіне қосылу мүмкін емес ({reply}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="256" />
        <source>The mail server {server} does not offer STARTTLS; turn mail.smtp_tls off only if the server is on a trusted network.</source>
        <translation>{server} пошта сервері STARTTLS ұсынбайды; mail.smtp_tls параметрін сервер сенімді желіде болғанда ғана өшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="261" />
        <source>The mail server refused the login “{user}” ({reply}): check the user and password.</source>
        <translation>Пошта сервері «{user}» кіруін қабылдамады ({reply}): пайдаланушы аты мен құпиясөзді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="264" />
        <source>The mail server {server} does not support logging in here.</source>
        <translation>{server} пошта сервері мұнда логинмен кіруді қолдамайды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="267" />
        <source>The mail server refused the recipient ({reply}).</source>
        <translation>Пошта сервері алушыны қабылдамады ({reply}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="270" />
        <source>The mail server refused the sender address “{sender}” ({reply}): check mail.from.</source>
        <translation>Пошта сервері «{sender}» жіберуші мекенжайын қабылдамады ({reply}): mail.from тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="273" />
        <source>The mail server refused the message ({reply}).</source>
        <translation>Пошта сервері хатты қабылдамады ({reply}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="274" />
        <source>The mail server {server} closed the connection before the message was sent.</source>
        <translation>{server} пошта сервері хат жіберілмей тұрып байланысты жапты.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="277" />
        <source>A secure connection to {server} failed ({reply}).</source>
        <translation>{server} серверімен қорғалған байланыс орнатылмады ({reply}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="280" />
        <source>The mail server {server} stopped answering (over {seconds} s).</source>
        <translation>{server} пошта сервері жауап беруді тоқтатты ({seconds} с-тан астам).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="283" />
        <source>Sending through {server} failed ({reply}).</source>
        <translation>{server} арқылы жіберу сәтсіз аяқталды ({reply}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="284" />
        <source>No mail server is set: fill in the SMTP server in the settings (mail.smtp_host).</source>
        <translation>Пошта сервері белгіленбеген: баптауларда SMTP серверін көрсетіңіз (mail.smtp_host).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="287" />
        <source>The sender address (mail.from) is not set or not an e-mail address.</source>
        <translation>Жіберушінің мекенжайы (mail.from) белгіленбеген немесе e-mail мекенжайы емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="290" />
        <source>Sent to {sent}, but the mail server refused {refused} ({reply}).</source>
        <translation>{sent} мекенжайына жіберілді, бірақ пошта сервері мына мекенжайларды қабылдамады: {refused} ({reply}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="293" />
        <source>Type the fax number.</source>
        <translation>Факс нөмірін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="294" />
        <source>“{number}” is not a fax number.</source>
        <translation>«{number}» — факс нөмірі емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="295" />
        <source>“{number}” is not a complete fax number: type it with the city or operator code, e.g. 8 727 250 11 22 or +7 727 250 11 22.</source>
        <translation>«{number}» — толық емес факс нөмірі: оны қала немесе оператор кодымен енгізіңіз, мысалы 8 727 250 11 22 немесе +7 727 250 11 22.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="300" />
        <source>The fax command setting cannot be read ({problem}): check fax.command.</source>
        <translation>Факс командасының баптауы оқылмады ({problem}): fax.command тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="303" />
        <source>The fax command is empty: check fax.command.</source>
        <translation>Факс командасы бос: fax.command тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="306" />
        <source>The fax command must contain {token} where the TIFF file goes: check fax.command.</source>
        <translation>Факс командасында TIFF файлының орнында {token} болуы керек: fax.command тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="309" />
        <source>The fax command must contain {token} where the fax number goes: check fax.command.</source>
        <translation>Факс командасында факс нөмірінің орнында {token} болуы керек: fax.command тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="312" />
        <source>The fax command “{command}” was not found: check fax.command.</source>
        <translation>«{command}» факс командасы табылмады: fax.command тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="315" />
        <source>The fax command “{command}” may not be run here: check fax.command.</source>
        <translation>«{command}» факс командасын мұнда іске қосуға болмайды: fax.command тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="318" />
        <source>The fax command did not finish within {seconds} s.</source>
        <translation>Факс командасы {seconds} с ішінде аяқталмады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="321" />
        <source>The fax command could not start ({problem}).</source>
        <translation>Факс командасы іске қосылмады ({problem}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="324" />
        <source>The fax command failed (exit code {exit_code}): {output}</source>
        <translation>Факс командасы қатемен аяқталды (шығу коды {exit_code}): {output}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="327" />
        <source>The fax has no pages.</source>
        <translation>Факста беттер жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="328" />
        <source>The fax gateway address must contain {token}: check fax.gateway_email.</source>
        <translation>Факс шлюзінің мекенжайында {token} болуы керек: fax.gateway_email тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="331" />
        <source>No way to send a fax is set: fill in the fax command (fax.command) or the e-mail-to-fax gateway (fax.gateway_email) in the settings.</source>
        <translation>Факс жіберу тәсілі белгіленбеген: баптауларда факс командасын (fax.command) немесе e-mail-факс шлюзін (fax.gateway_email) көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="337" />
        <source>The connection to the database was lost: this was not saved. What you typed is still here; try again when the connection is back.</source>
        <translation>Дерекқормен байланыс үзілді: бұл сақталмады. Енгізгеніңіз экранда қалды; байланыс қалпына келгенде қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="342" />
        <source>Malformed database URL “{url}”: use sqlite:///path/to/file.db or postgresql://user@host:port/database.</source>
        <translation>Дерекқор мекенжайы қате «{url}»: sqlite:///path/to/file.db немесе postgresql://user@host:port/database қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="346" />
        <source>Malformed SQLite URL “{url}”: use sqlite:///path/to/file.db.</source>
        <translation>SQLite мекенжайы қате «{url}»: sqlite:///path/to/file.db қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="349" />
        <source>The SQLite URL “{url}” names no file: use sqlite:///path/to/file.db.</source>
        <translation>«{url}» SQLite мекенжайында файл көрсетілмеген: sqlite:///path/to/file.db қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="352" />
        <source>The PostgreSQL URL “{url}” needs a host and a database name: use postgresql://user@host:port/database.</source>
        <translation>«{url}» PostgreSQL мекенжайында сервер мен дерекқор аты болуы керек: postgresql://user@host:port/database қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="356" />
        <source>Unsupported database type “{type}” in “{url}”: use sqlite:///path/to/file.db or postgresql://user@host:port/database.</source>
        <translation>«{url}» ішінде қолдау көрсетілмейтін дерекқор түрі «{type}»: sqlite:///path/to/file.db немесе postgresql://user@host:port/database қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="361" />
        <source>Cannot create the folder for the database file {path}: {problem}.</source>
        <translation>{path} дерекқор файлы үшін қалта жасалмады: {problem}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="364" />
        <source>The database path {path} is a folder, not a file.</source>
        <translation>{path} дерекқор жолы — файл емес, қалта.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="367" />
        <source>Cannot open the SQLite database {path} for writing: {problem}. Check that the folder is writable and the file is an OrderDesk database.</source>
        <translation>{path} SQLite дерекқоры жазу үшін ашылмады: {problem}. Қалтаға жазуға болатынын және файлдың OrderDesk дерекқоры екенін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="372" />
        <source>Cannot reach the PostgreSQL server at {server} (database “{database}”): {problem}. Check that the server runs and the URL is right.</source>
        <translation>{server} PostgreSQL серверіне қосылу мүмкін емес («{database}» дерекқоры): {problem}. Сервердің жұмыс істеп тұрғанын және мекенжайдың дұрыстығын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="377" />
        <source>This database has schema version {version}, written by a newer OrderDesk; this program knows versions up to {latest}. Install the newer OrderDesk to open it (nothing was changed).</source>
        <translation>Бұл дерекқордың схема нұсқасы {version}, оны OrderDesk-тің жаңарақ нұсқасы жазған; бұл бағдарлама {latest} дейінгі нұсқаларды біледі. Оны ашу үшін жаңарақ OrderDesk орнатыңыз (ештеңе өзгертілген жоқ).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="382" />
        <source>There is no schema version {version}.</source>
        <translation>{version} схема нұсқасы жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="384" />
        <source>This database already holds data; demo data only goes into an empty database. Name a new file with --db, or use --replace for a SQLite demo file.</source>
        <translation>Бұл дерекқорда деректер бар; демо-деректер тек бос дерекқорға жазылады. --db арқылы жаңа файл көрсетіңіз немесе SQLite демо-файлы үшін --replace қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="389" />
        <source>Demo sizes: at least {clients} client, {products} products and {months} month.</source>
        <translation>Демо өлшемдері: кемінде {clients} клиент, {products} тауар және {months} ай.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="392" />
        <source>A demo database needs a file, not :memory:.</source>
        <translation>Демо-дерекқорға :memory: емес, файл керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="393" />
        <source>{path} exists already; add --replace to overwrite it with demo data.</source>
        <translation>{path} бұрыннан бар; оны демо-деректермен қайта жазу үшін --replace қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="8" />
        <source>Unknown time zone “{text}”: use a name such as Asia/Almaty.</source>
        <translation>«{text}» уақыт белдеуі белгісіз: Asia/Almaty сияқты атауды жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="11" />
        <source>Cannot read the day “{text}”: write it as YYYY-MM-DD.</source>
        <translation>«{text}» күнін оқу мүмкін емес: оны ЖЖЖЖ-АА-КК түрінде жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="14" />
        <source>“{presence}” is not a presence.</source>
        <translation>«{presence}» — қатысу күйі емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="158" />
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="15" />
        <source>This person is not an active user.</source>
        <translation>Бұл адам белсенді пайдаланушы емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="16" />
        <source>Say until which day the person is absent.</source>
        <translation>Адамның қай күнге дейін болмайтынын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="17" />
        <source>The last day of absence must be from today to {days} days ahead.</source>
        <translation>Болмаудың соңғы күні бүгіннен бастап {days} күн алға дейін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="20" />
        <source>The substitute must be another active person.</source>
        <translation>Орнын басушы басқа белсенді қызметкер болуы керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="23" />
        <source>{name} is absent too: choose a substitute who is at work.</source>
        <translation>{name} да жұмыста жоқ: жұмыстағы орнын басушыны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="26" />
        <source>The period ends before it begins.</source>
        <translation>Кезең басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="27" />
        <source>The period is longer than {days} days: choose a shorter one.</source>
        <translation>Кезең {days} күннен ұзақ: қысқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="30" />
        <source>Unknown kind of event.</source>
        <translation>Оқиғаның белгісіз түрі.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="9" />
        <source>This product has no price in the client's price column: it cannot be sold.</source>
        <translation>Бұл тауардың клиенттің баға бағанында бағасы жоқ: оны сатуға болмайды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="12" />
        <source>The connection to the database was lost while completing: the order stays here and is completed by itself as soon as the connection is back (never twice).</source>
        <translation>Рәсімдеу кезінде дерекқормен байланыс үзілді: тапсырыс экранда қалады және байланыс қалпына келісімен өздігінен рәсімделеді (тек бір рет).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="17" />
        <source>Enter a quantity.</source>
        <translation>Санын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="18" />
        <source>"{text}" is not a number.</source>
        <translation>«{text}» сан емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="19" />
        <source>The quantity must be more than zero.</source>
        <translation>Саны нөлден көп болуы керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="20" />
        <source>{quantity} is more than the largest quantity of one line ({maximum}): check the number.</source>
        <translation>{quantity} бір жолдағы ең үлкен саннан ({maximum}) көп: санды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="23" />
        <source>This product is sold only in whole units ({unit}).</source>
        <translation>Бұл тауар тек бүтін бірлікпен ({unit}) сатылады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="26" />
        <source>Sold in packs of {pack}: enter {pack}, {twice}, {thrice} …</source>
        <translation>Қаптамамен {pack} бірліктен сатылады: {pack}, {twice}, {thrice} … енгізіңіз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="29" />
        <source>Rounded up to whole packs this is more than {maximum}.</source>
        <translation>Бүтін қаптамаға дейін дөңгелектегенде саны шектен ({maximum}) асады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="32" />
        <source>Rounded up to {packs} × {pack}</source>
        <translation>Бүтін қаптамаға дөңгелектелді: {packs} × {pack}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="33" />
        <source>{name}: together {quantity} is more than {maximum}.</source>
        <translation>{name}: барлығы {quantity}, бұл шектен ({maximum}) көп.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="37" />
        <source>Offered products without an answer: {count}. Accept or decline each.</source>
        <translation>Жауапсыз қалған ұсынылған тауарлар: {count}. Әрқайсысын қабылдаңыз немесе қабылдамаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="40" />
        <source>Offer at least {minimum} products beyond what the client asked for: {done} offered so far.</source>
        <translation>Клиент сұрағаннан бөлек кемінде {minimum} тауар ұсыныңыз: әзірге {done} ұсынылды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="44" />
        <source>The order has no lines.</source>
        <translation>Тапсырыста бірде-бір жол жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="45" />
        <source>Choose the form of payment.</source>
        <translation>Төлем түрін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="46" />
        <source>A regional client: give the pickup date or the shipping details.</source>
        <translation>Өңірлік клиент: алып кету күнін немесе жөнелту деректемелерін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="49" />
        <source>Choose the delivery date.</source>
        <translation>Жеткізу күнін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="50" />
        <source>The delivery date {day} is in the past.</source>
        <translation>Жеткізу күні {day} өтіп кеткен.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="51" />
        <source>The delivery date {day} falls on a weekend.</source>
        <translation>Жеткізу күні {day} демалыс күніне түседі.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="52" />
        <source>The delivery date {day} is a holiday.</source>
        <translation>Жеткізу күні {day} мереке күні.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="53" />
        <source>The pickup date {day} is in the past.</source>
        <translation>Алып кету күні {day} өтіп кеткен.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="54" />
        <source>The pickup date {day} falls on a weekend.</source>
        <translation>Алып кету күні {day} демалыс күніне түседі.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="55" />
        <source>The pickup date {day} is a holiday.</source>
        <translation>Алып кету күні {day} мереке күні.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="56" />
        <source>Choose the contact who will receive the goods.</source>
        <translation>Тауарды қабылдайтын байланыс тұлғасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="57" />
        <source>Confirm that the receiver will be present at delivery.</source>
        <translation>Жеткізу кезінде қабылдаушының орнында болатынын растаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="60" />
        <source>The receiver is not a contact of this client.</source>
        <translation>Қабылдаушы бұл клиенттің байланыс тұлғаларының қатарында жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="65" />
        <source>This client is blocked: no orders are taken.</source>
        <translation>Клиент бұғатталған: тапсырыстар қабылданбайды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="66" />
        <source>Write why the debt gate is overridden for this order.</source>
        <translation>Қарызға қарамастан тапсырыс неге қабылданатынын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="69" />
        <source>Write the amount up to which the order is approved.</source>
        <translation>Тапсырыс қандай сомаға дейін мақұлданғанын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="72" />
        <source>The approved amount is a sum of money, such as 150 000 or 150000,50.</source>
        <translation>Мақұлданған сома ақша сомасы болуы керек, мысалы 150 000 немесе 150000,50.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="75" />
        <source>The order is now {total}, more than the {approved} approved: it needs approval again.</source>
        <translation>Тапсырыс енді {total}, мақұлданған {approved} сомадан көп: қайта мақұлдау керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="78" />
        <source>The override of this order names no amount: it needs approval again for {total}.</source>
        <translation>Бұл тапсырыстың рұқсатында сома көрсетілмеген: {total} сомаға қайта мақұлдау керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="81" />
        <source>Orders are stopped by the client's debt: the debt gate is red.</source>
        <translation>Клиенттің қарызына байланысты тапсырыстар тоқтатылды: қарыз қызыл аймақта.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="84" />
        <source>{number}: {amount} unpaid, {days} days overdue</source>
        <translation>{number}: төленбеген {amount}, кешіктіру {days} күн</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="87" />
        <source>more overdue documents: {count}</source>
        <translation>тағы мерзімі өткен құжаттар: {count}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="88" />
        <source>{over} over the credit limit of {limit}</source>
        <translation>{limit} несие лимитінен {over} артық</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="90" />
        <source>Only an accepted order can be marked invoiced.</source>
        <translation>Шот жазылды деп тек қабылданған тапсырысты белгілеуге болады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="91" />
        <source>Order {number} is marked invoiced already.</source>
        <translation>{number} тапсырысы шот жазылды деп бұрыннан белгіленген.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="93" />
        <source>{name} is editing this order at desk {desk} (since {since}): it is read-only here. Ctrl+Shift+O takes it over.</source>
        <translation>Бұл тапсырысты {desk} жұмыс орнында {name} өңдеп жатыр ({since} бастап): мұнда тек қарауға болады. Ctrl+Shift+O — тапсырысты өзіңізге алу.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="98" />
        <source>The order is no longer a draft: it cannot be changed here.</source>
        <translation>Тапсырыс енді жоба емес: оны мұнда өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="101" />
        <source>This order was changed at another desk: reopen it.</source>
        <translation>Бұл тапсырыс басқа жұмыс орнында өзгертілді: оны қайта ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="104" />
        <source>This product is not sold any more.</source>
        <translation>Бұл тауар енді сатылмайды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="105" />
        <source>The client has no earlier order to repeat.</source>
        <translation>Клиенттің қайталауға болатын бұрынғы тапсырысы жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="106" />
        <source>Write why the price is set by hand.</source>
        <translation>Баға неге қолмен қойылатынын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="107" />
        <source>"{text}" is not a price.</source>
        <translation>«{text}» баға емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="108" />
        <source>A price must be more than zero.</source>
        <translation>Баға нөлден көп болуы керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="109" />
        <source>The price is more than ten times the base price {base}: check the number.</source>
        <translation>Баға базалық бағадан ({base}) он еседен астам жоғары: санды тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="112" />
        <source>Say why the draft is cancelled.</source>
        <translation>Жобаның неге болдырылмайтынын көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="114" />
        <source>Name the promotion.</source>
        <translation>Акцияның атын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="115" />
        <source>The name is too long or unreadable (at most {most} characters).</source>
        <translation>Атауы тым ұзын немесе оқылмайды (ең көбі {most} таңба).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="118" />
        <source>Choose what the promotion does: a price, items to offer or a note.</source>
        <translation>Акция не береді, таңдаңыз: баға, ұсынатын тауарлар немесе жазба.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="121" />
        <source>Give the first and the last day of the promotion.</source>
        <translation>Акцияның бірінші және соңғы күнін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="124" />
        <source>The promotion ends before it starts.</source>
        <translation>Акция басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="125" />
        <source>A promotion runs at most {days} days.</source>
        <translation>Акция ең көбі {days} күн жүреді.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="126" />
        <source>This promotion would already be over: check its last day.</source>
        <translation>Бұл акция әлдеқашан аяқталған болар еді: соңғы күнін тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="129" />
        <source>The note is too long or unreadable (at most {most} characters).</source>
        <translation>Жазба тым ұзын немесе оқылмайды (ең көбі {most} таңба).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="132" />
        <source>The region is too long or unreadable (at most {most} characters).</source>
        <translation>Өңір атауы тым ұзын немесе оқылмайды (ең көбі {most} таңба).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="135" />
        <source>A promotion takes at most {most} products.</source>
        <translation>Акцияда ең көбі {most} тауар болады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="136" />
        <source>Line {line}: this product is in the promotion already.</source>
        <translation>{line}-жол: бұл тауар акцияда бар.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="139" />
        <source>Line {line}: the special price is not an amount of money.</source>
        <translation>{line}-жол: арнайы баға ақша сомасы емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="142" />
        <source>Line {line}: the discount is a percentage above 0 and below 100, e.g. 7.5.</source>
        <translation>{line}-жол: жеңілдік — 0-ден үлкен, 100-ден кіші пайыз, мысалы 7,5.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="145" />
        <source>Line {line}: give either a special price or a discount, not both.</source>
        <translation>{line}-жол: не арнайы баға, не жеңілдік көрсетіңіз, екеуін емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="148" />
        <source>Line {line}: a price promotion needs a special price or a discount for each product.</source>
        <translation>{line}-жол: баға акциясында әр тауарға арнайы баға немесе жеңілдік керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="151" />
        <source>Add at least one product.</source>
        <translation>Кемінде бір тауар қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="152" />
        <source>Choose which promotions to list.</source>
        <translation>Қай акцияларды көрсету керегін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="153" />
        <source>This promotion is no longer there.</source>
        <translation>Бұл акция енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="154" />
        <source>That client type is no longer there: choose another.</source>
        <translation>Мұндай клиент түрі енді жоқ: басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="157" />
        <source>Line {line}: the product is no longer in the catalogue.</source>
        <translation>{line}-жол: тауар каталогта енді жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="160" />
        <source>“{name}” comes from accounting: change it there (the next import would undo a change here).</source>
        <translation>«{name}» бухгалтериядан келген: оны сонда өзгертіңіз (келесі жүктеу мұндағы өзгерісті жояды).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="164" />
        <source>“{name}” was changed at another desk meanwhile: open it again and repeat your change.</source>
        <translation>«{name}» осы арада басқа пультте өзгертілді: қайта ашып, өзгерісті қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="8" />
        <source>{field}: “{value}” is not a number this program takes.</source>
        <translation>{field}: «{value}» — бағдарлама қабылдайтын сан емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="11" />
        <source>{field} is empty.</source>
        <translation>«{field}» өрісі бос.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="12" />
        <source>{field} is {length} characters long; at most {longest} are allowed.</source>
        <translation>«{field}» өрісінің ұзындығы {length} таңба; ең көбі {longest} рұқсат етіледі.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="15" />
        <source>{field}: “{value}” must be a whole number from {lowest} to {highest}.</source>
        <translation>{field}: «{value}» {lowest}-ден {highest}-ге дейінгі бүтін сан болуы керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="18" />
        <source>{field}: “{value}” is not a date (04.12.2026, 2026-12-04 or 04.12.26).</source>
        <translation>{field}: «{value}» — күн емес (04.12.2026, 2026-12-04 немесе 04.12.26).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="21" />
        <source>{field}: “{value}” is neither yes nor no.</source>
        <translation>{field}: «{value}» — «иә» де, «жоқ» та емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="22" />
        <source>{field}: “{value}” is not a BIN/IIN (12 digits) or an INN (10 or 12 digits).</source>
        <translation>{field}: «{value}» — БСН/ЖСН (12 сан) да, ИНН (10 не 12 сан) да емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="25" />
        <source>The file is not well-formed XML: {reason}</source>
        <translation>Файл дұрыс XML емес: {reason}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="26" />
        <source>The file is XML but not CommerceML (no «КоммерческаяИнформация» element).</source>
        <translation>Файл XML, бірақ CommerceML емес («КоммерческаяИнформация» элементі жоқ).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="29" />
        <source>This very file was imported on {when}: nothing to change (import it again to compare anew).</source>
        <translation>Дәл осы файл {when} жүктелген: өзгертетін ештеңе жоқ (қайта салыстыру үшін оны қайта жүктеңіз).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="33" />
        <source>«{element}» is inside «{parent}», where CommerceML has no such element.</source>
        <translation>«{element}» элементі «{parent}» ішінде тұр, ал CommerceML-де онда мұндай элемент жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="36" />
        <source>“{id}” is in the file twice.</source>
        <translation>«{id}» файлда екі рет кездеседі.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="37" />
        <source>Product groups nested more than 50 deep.</source>
        <translation>Тауар топтары 50 деңгейден терең салынған.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="38" />
        <source>{field}: “{value}” is below zero.</source>
        <translation>{field}: «{value}» нөлден кіші.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="39" />
        <source>The file is neither UTF-8 nor Windows-1251 text from this line on.</source>
        <translation>Осы жолдан бастап файл UTF-8 та, Windows-1251 те мәтіні емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="42" />
        <source>The CSV file cannot be read here: {reason}</source>
        <translation>CSV файлы оқылмайды: {reason}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="43" />
        <source>The Excel file cannot be opened: {reason}</source>
        <translation>Excel файлы ашылмайды: {reason}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="44" />
        <source>The file has no row naming its columns.</source>
        <translation>Файлда баған атаулары жазылған жол жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="45" />
        <source>Cannot tell what “{file}” lists: name the file clients, contacts, products, prices, receivables or promotions, or give its columns the usual names.</source>
        <translation>«{file}» файлында не бары түсініксіз: файлды clients, contacts, products, prices, receivables немесе promotions деп атаңыз (немесе «клиенты», «товары», «цены», «долги»), не бағандарға әдеттегі атаулар беріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="50" />
        <source>Columns missing: {columns}.</source>
        <translation>Бағандар жоқ: {columns}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="51" />
        <source>No column of the price file names a price column of this office.</source>
        <translation>Баға файлының бірде-бір бағаны осы кеңсенің баға түріне сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="54" />
        <source>The debt statement has no closing balance column («Кон. остаток»).</source>
        <translation>Ведомостьта соңғы қалдық бағаны («Кон. остаток») жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="57" />
        <source>The promotion ends ({ends}) before it starts ({starts}).</source>
        <translation>Акция басталмай ({starts}) тұрып аяқталады ({ends}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="60" />
        <source>The file is {size_mb} MB; files up to {limit_mb} MB are imported.</source>
        <translation>Файл көлемі {size_mb} МБ; {limit_mb} МБ-қа дейінгі файлдар жүктеледі.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="63" />
        <source>Cannot read {file}: {reason}</source>
        <translation>{file} оқылмайды: {reason}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="64" />
        <source>No product “{product}”: import the catalogue first, or check the code.</source>
        <translation>«{product}» тауары жоқ: алдымен каталогты жүктеңіз немесе кодты тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="67" />
        <source>No product “{product}” here: its price and stock were left out.</source>
        <translation>Мұнда «{product}» тауары жоқ: оның бағасы мен қалдығы алынып тасталды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="70" />
        <source>{client} has this BIN/IIN and is known to accounting as {id}: this row updated it.</source>
        <translation>{client} клиентінде осы БСН/ЖСН бар, есепте ол {id} ретінде белгілі: бұл жол оны жаңартты.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="73" />
        <source>“{client}” is not a client here and owes nothing: left out.</source>
        <translation>«{client}» бұл базада клиент емес және ештеңе қарыз емес: алынып тасталды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="76" />
        <source>No price column “{column}”.</source>
        <translation>«{column}» баға түрі жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="77" />
        <source>No client “{client}” (by accounting's code, BIN/IIN or name): import the clients first.</source>
        <translation>«{client}» клиенті жоқ (есеп коды, БСН/ЖСН немесе атауы бойынша): алдымен клиенттерді жүктеңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="80" />
        <source>No client type “{value}”.</source>
        <translation>«{value}» клиент түрі жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="81" />
        <source>The database has no client types or price columns yet: run the company set-up first.</source>
        <translation>Базада әлі клиент түрлері немесе баға түрлері жоқ: алдымен компанияны бастапқы баптауды орындаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="84" />
        <source>No user “{value}”: the client was imported without a manager.</source>
        <translation>«{value}» пайдаланушысы жоқ: клиент менеджерсіз жүктелді.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="87" />
        <source>The product keeps its code {kept}; accounting calls it {other}.</source>
        <translation>Тауардың коды {kept} болып қалады; есепте ол {other}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="90" />
        <source>{client}: the delivery address entered at the desk is kept; accounting has “{value}”.</source>
        <translation>{client}: пультте енгізілген жеткізу мекенжайы қалдырылды; есепте — «{value}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="93" />
        <source>{client}: the region entered at the desk is kept; accounting has “{value}”.</source>
        <translation>{client}: пультте енгізілген өңір қалдырылды; есепте — «{value}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="96" />
        <source>{client}: the city entered at the desk is kept; accounting has “{value}”.</source>
        <translation>{client}: пультте енгізілген қала қалдырылды; есепте — «{value}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="99" />
        <source>{client}: the manager assigned at the desk is kept; accounting names “{value}”.</source>
        <translation>{client}: пультте тағайындалған менеджер қалдырылды; есепте «{value}» көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="102" />
        <source>“{value}” is not a phone number: left out.</source>
        <translation>«{value}» — телефон нөмірі емес: алынып тасталды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="103" />
        <source>No order {order} in this database: the document is kept without it.</source>
        <translation>Бұл базада {order} тапсырысы жоқ: құжат тапсырыссыз жүктелді.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="12" />
        <source>This database is set up already: its users sign in to it. Nothing was changed.</source>
        <translation>Бұл дерекқор бұрыннан бапталған: оның пайдаланушылары кіріп жұмыс істейді. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="15" />
        <source>This cannot be left empty.</source>
        <translation>Бұл өрісті бос қалдыруға болмайды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="9" />
        <source>There is no such setting. Nothing was changed.</source>
        <translation>Мұндай баптау жоқ. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="10" />
        <source>This setting belongs to each desk, not to the whole office. Nothing was changed.</source>
        <translation>Бұл баптау бүкіл кеңсеге ортақ емес, әр жұмыс орнының өзіндік баптауы. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="13" />
        <source>This setting is on or off.</source>
        <translation>Бұл баптау не қосулы, не өшірулі болады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="14" />
        <source>This is not a number.</source>
        <translation>Бұл сан емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="15" />
        <source>Type a whole number from {low} to {high}.</source>
        <translation>{low} мен {high} аралығындағы бүтін санды енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="16" />
        <source>Type a number from {low} to {high}.</source>
        <translation>{low} мен {high} аралығындағы санды енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="17" />
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="16" />
        <source>Too long: at most {most} characters ({given} given).</source>
        <translation>Тым ұзын: ең көбі {most} таңба (енгізілгені {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="20" />
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="17" />
        <source>This holds a tab, a line break or another control character: type it on one line.</source>
        <translation>Мұнда табуляция, жол ауысуы немесе басқа басқарушы таңба бар: мәнді бір жолға жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="23" />
        <source>Choose one of: {choices}.</source>
        <translation>Мыналардың бірін таңдаңыз: {choices}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="24" />
        <source>The prefix of order numbers is 1 to 8 Latin letters and digits, such as B1.</source>
        <translation>Тапсырыс нөмірлерінің префиксі — 1-ден 8-ге дейін латын әрпі мен цифр, мысалы B1.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="27" />
        <source>This is not a time zone: give a name such as Asia/Almaty, or leave it empty.</source>
        <translation>Бұл уақыт белдеуі емес: Asia/Almaty сияқты атауын жазыңыз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="30" />
        <source>“{text}” is not a date: dates are YYYY-MM-DD, separated by commas.</source>
        <translation>«{text}» — күн емес: күндер ЖЖЖЖ-АА-КК түрінде үтір арқылы жазылады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="33" />
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="20" />
        <source>This is not an e-mail address (name@example.kz).</source>
        <translation>Бұл электрондық пошта мекенжайы емес (name@example.kz).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="34" />
        <source>The fax gateway is an e-mail address holding {placeholder}, such as {placeholder}@fax.example.kz.</source>
        <translation>Факс шлюзі — ішінде {placeholder} бар эл. пошта мекенжайы, мысалы {placeholder}@fax.example.kz.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="21" />
        <source>This is not a bank account (IIK): KZ, two check digits and 16 letters or digits, the check digits agreeing with the rest.</source>
        <translation>Бұл банк шоты (ЖСК) емес: KZ, екі бақылау цифры және тағы 16 әріп не цифр, бақылау цифрлары қалғанымен сәйкес келуі керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="26" />
        <source>A bank's BIC is 8 to 11 Latin letters and digits.</source>
        <translation>Банктің БСК-сы — 8-ден 11-ге дейін латын әрпі мен цифр.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="27" />
        <source>Give at least one row.</source>
        <translation>Кемінде бір жол керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="28" />
        <source>Row {row}: the code is empty.</source>
        <translation>{row}-жол: код көрсетілмеген.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="29" />
        <source>Row {row}: the code “{code}” may hold only Latin letters, digits, “_” and “-”, at most {most}.</source>
        <translation>{row}-жол: «{code}» кодында тек латын әріптері, цифрлар, «_» және «-» болуы мүмкін, ең көбі {most} таңба.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="33" />
        <source>Row {row}: the code “{code}” is given twice.</source>
        <translation>{row}-жол: «{code}» коды екі рет берілген.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="34" />
        <source>The program's rules need these departments: {codes}. Keep them; their names may change.</source>
        <translation>Бағдарлама ережелеріне мына бөлімдер қажет: {codes}. Оларды қалдырыңыз; атауларын өзгертуге болады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="38" />
        <source>Mark exactly one price column as the base one ({given} marked).</source>
        <translation>Тек бір баға бағанын негізгі деп белгілеңіз (белгіленгені: {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="41" />
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Құпиясөздер сәйкес емес: бір құпиясөзді екі рет енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="44" />
        <source>A password does not belong in a file: remove it; the password is asked, or read from the standard input.</source>
        <translation>Құпиясөзге файлда орын жоқ: оны өшіріңіз; құпиясөз сұралады немесе стандартты кірістен оқылады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="49" />
        <source>Give {option} (or run the command in a terminal to be asked).</source>
        <translation>{option} көрсетіңіз (немесе бағдарлама сұрауы үшін команданы терминалда іске қосыңыз).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="52" />
        <source>The file's “{field}” has the wrong shape: compare it with “orderdesk setup --template”.</source>
        <translation>Файлдағы «{field}» бөлігінің пішіні дұрыс емес: оны «orderdesk setup --template» нәтижесімен салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="55" />
        <source>Row {row} of “{field}” in the file is not a code, a name and (price columns) “base”.</source>
        <translation>Файлдағы «{field}» бөлігінің {row}-жолы код, атау және (баға бағандары үшін) «base» емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="58" />
        <source>The file names what setup does not know: {fields}.</source>
        <translation>Файлда баптау білмейтін нәрселер бар: {fields}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="61" />
        <source>In the file, “{field}” must be text in quotes.</source>
        <translation>Файлда «{field}» тырнақшадағы мәтін болуы керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="65" />
        <source>This password holds a character that cannot be stored: choose another.</source>
        <translation>Құпиясөзде сақтауға болмайтын таңба бар: басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="8" />
        <source>Orders cannot be exported as “{format}”: choose one of {formats}.</source>
        <translation>Тапсырыстарды «{format}» пішімінде шығаруға болмайды: {formats} ішінен біреуін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="11" />
        <source>Unknown encoding “{encoding}”: use utf-8 or windows-1251.</source>
        <translation>Белгісіз кодтама «{encoding}»: utf-8 немесе windows-1251 көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="14" />
        <source>Say which orders to export again: their numbers or the days they were accepted.</source>
        <translation>Қай тапсырыстарды қайта шығару керектігін көрсетіңіз: нөмірлерін немесе қабылданған күндерін.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="17" />
        <source>The export file cannot be written in {folder}: {problem}. No order was marked exported.</source>
        <translation>Шығару файлын {folder} қалтасына жазу мүмкін емес: {problem}. Бірде-бір тапсырыс шығарылды деп белгіленбеді.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="20" />
        <source>Another export took some of these orders meanwhile. Nothing was marked; export again.</source>
        <translation>Осы аралықта басқа шығару бұл тапсырыстардың бір бөлігін алды. Ештеңе белгіленбеді; қайта шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="23" />
        <source>1C's answer about the orders cannot be read: {problem}</source>
        <translation>1С-тің тапсырыстар туралы жауабы оқылмайды: {problem}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="26" />
        <source>1C's document “{number}” ({ident}) names no order of this database.</source>
        <translation>1С құжаты «{number}» ({ident}) осы дерекқордың бірде-бір тапсырысына сілтемейді.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="29" />
        <source>The file name “{name}” was refused: it could point outside the upload folder.</source>
        <translation>«{name}» файл атауы қабылданбады: ол жүктеу қалтасынан тыс жерді көрсетуі мүмкін.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="32" />
        <source>A piece of “{name}” is larger than the {limit} bytes one request may bring.</source>
        <translation>«{name}» файлының бөлігі бір сұрауға рұқсат етілген {limit} байттан үлкен.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="35" />
        <source>The file “{name}” is larger than {limit_mb} MB.</source>
        <translation>«{name}» файлы {limit_mb} МБ-тан үлкен.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="36" />
        <source>“{name}” is not a readable zip archive.</source>
        <translation>«{name}» оқылатын zip мұрағаты емес.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="37" />
        <source>The zip archive “{name}” holds more than {limit} files.</source>
        <translation>«{name}» zip мұрағатында {limit} файлдан көп.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="40" />
        <source>The zip archive “{name}” unpacks to far more than it weighs (a zip bomb?): refused.</source>
        <translation>«{name}» zip мұрағаты өз салмағынан әлдеқайда үлкен болып ашылады (zip-бомба ма?): қабылданбады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="43" />
        <source>No file “{name}” was uploaded.</source>
        <translation>«{name}» файлы жүктелмеген.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="44" />
        <source>The account {login} is for the exchange with 1C only: it cannot open the desk.</source>
        <translation>{login} тіркелгісі тек 1С-пен алмасуға арналған: онымен жұмыс орнын ашуға болмайды.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="97" />
        <location filename="../../orderdesk_gui/ui/people_window.py" line="44" />
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="98" />
        <source>potential</source>
        <translation>әлеуетті</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="99" />
        <source>blocked</source>
        <translation>бұғатталған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="102" />
        <source>order</source>
        <translation>тапсырыс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="103" />
        <source>information</source>
        <translation>анықтама</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="104" />
        <source>complaint</source>
        <translation>шағым</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="105" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="48" />
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="109" />
        <source>in</source>
        <translation>кір.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="109" />
        <source>out</source>
        <translation>шығ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="116" />
        <source>Exchange with 1C</source>
        <translation>1С-пен алмасу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="130" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="130" />
        <source>OK: orders may be taken</source>
        <translation>OK: тапсырыс қабылдауға болады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="133" />
        <source>watch</source>
        <translation>назар аударыңыз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="134" />
        <source>CAUTION: close to the limit or due soon</source>
        <translation>НАЗАР АУДАРЫҢЫЗ: лимитке жақын немесе төлем мерзімі жақын</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="136" />
        <source>STOP</source>
        <translation>ТОҚТА</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="136" />
        <source>STOP: debt: no orders</source>
        <translation>ТОҚТА: қарыз, тапсырыс қабылданбайды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="176" />
        <source>Debt</source>
        <translation>Қарыз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="205" />
        <source>%d lines</source>
        <translation>жол: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="207" />
        <source>accepted, not invoiced</source>
        <translation>қабылданды, шот жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="208" />
        <source>invoiced</source>
        <translation>шот жазылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="209" />
        <source>delivered</source>
        <translation>жеткізілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="210" />
        <source>cancelled</source>
        <translation>болдырылмады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="211" />
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="50" />
        <source>Payment</source>
        <translation>Төлем</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="25" />
        <source>☎ on a call</source>
        <translation>☎ қоңырауда</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="26" />
        <source>✎ after-call work</source>
        <translation>✎ қоңыраудан кейінгі жұмыс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="27" />
        <source>● available</source>
        <translation>● бос</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="28" />
        <source>◐ away</source>
        <translation>◐ шығып кетті</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="29" />
        <source>○ absent</source>
        <translation>○ жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="30" />
        <source>— signed out</source>
        <translation>— жүйеде емес</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="70" />
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="51" />
        <location filename="../../orderdesk_gui/ui/journal.py" line="134" />
        <location filename="../../orderdesk_gui/ui/models.py" line="111" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="293" />
        <location filename="../../orderdesk_gui/ui/task_models.py" line="72" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="71" />
        <location filename="../../orderdesk_gui/ui/people_window.py" line="174" />
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="72" />
        <source>For</source>
        <translation>Қанша уақыт</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="73" />
        <source>With whom</source>
        <translation>Кіммен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="74" />
        <source>Desk</source>
        <translation>Жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="75" />
        <source>Calls</source>
        <translation>Қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="76" />
        <source>Talk time</source>
        <translation>Сөйлесу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="78" />
        <source>Orders</source>
        <translation>Тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="83" />
        <source>Offers accepted</source>
        <translation>Ұсыныстар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="112" />
        <source>Sales manager</source>
        <translation>Сату менеджері</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="113" />
        <source>Head of sales</source>
        <translation>Сату бөлімінің басшысы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="114" />
        <source>Finance</source>
        <translation>Қаржы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="115" />
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="119" />
        <source>available</source>
        <translation>орнында</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="120" />
        <source>away</source>
        <translation>шығып кетті</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="121" />
        <source>absent</source>
        <translation>жұмыста жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="54" />
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="113" />
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="55" />
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="56" />
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="56" />
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="57" />
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="28" />
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="48" />
        <location filename="../../orderdesk_gui/ui/models.py" line="169" />
        <location filename="../../orderdesk_gui/ui/task_models.py" line="66" />
        <location filename="../../orderdesk_gui/ui/task_models.py" line="80" />
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="43" />
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="58" />
        <source>Order</source>
        <translation>Тапсырыс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="65" />
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="25" />
        <source>everything</source>
        <translation>бәрі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="26" />
        <source>debt overrides</source>
        <translation>қарыз кезіндегі рұқсаттар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="27" />
        <source>manual prices</source>
        <translation>қолмен қойылған бағалар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="28" />
        <source>client changes</source>
        <translation>клиенттердегі өзгерістер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="29" />
        <source>users, rights and settings</source>
        <translation>пайдаланушылар, құқықтар және баптаулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="30" />
        <source>presence and take-overs</source>
        <translation>қатысу және тапсырысты алып қою</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="31" />
        <source>sign-ins and failures</source>
        <translation>кірулер және сәтсіз әрекеттер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="32" />
        <source>imports and exports</source>
        <translation>жүктеулер мен түсірулер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="33" />
        <source>orders accepted and cancelled</source>
        <translation>қабылданған және жойылған тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="34" />
        <source>calls, callbacks, tasks, complaints</source>
        <translation>қоңыраулар, кері қоңыраулар, тапсырмалар, шағымдар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="38" />
        <source>approval refused (wrong password)</source>
        <translation>рұқсат қабылданбады (құпиясөз қате)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="39" />
        <source>call closed</source>
        <translation>қоңырау аяқталды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="40" />
        <source>consultation noted</source>
        <translation>кеңес белгіленді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="41" />
        <source>call transferred</source>
        <translation>қоңырау аударылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="42" />
        <source>callback request added</source>
        <translation>кері қоңырау өтініші қосылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="43" />
        <source>callback request cancelled</source>
        <translation>кері қоңырау өтініші болдырылмады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="44" />
        <source>callback request updated</source>
        <translation>кері қоңырау өтініші өзгертілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="45" />
        <source>callback requests imported</source>
        <translation>кері қоңырау өтініштері жүктелді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="46" />
        <source>client created</source>
        <translation>клиент құрылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="47" />
        <source>client changed</source>
        <translation>клиент өзгертілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="48" />
        <source>company set up</source>
        <translation>компания бапталды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="49" />
        <source>department head changed</source>
        <translation>бөлім басшысы ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="50" />
        <source>complaint registered</source>
        <translation>шағым қабылданды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="51" />
        <source>complaint resolved</source>
        <translation>шағым шешілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="52" />
        <source>complaint taken</source>
        <translation>шағым жұмысқа алынды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="53" />
        <source>debt gate overridden</source>
        <translation>қарызға қарамай рұқсат етілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="54" />
        <source>draft taken over</source>
        <translation>жоба қайта алынды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="55" />
        <source>accounting file imported</source>
        <translation>бухгалтерия файлы жүктелді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="56" />
        <source>stopped at the debt gate</source>
        <translation>қарыз бойынша тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="57" />
        <source>manager assigned</source>
        <translation>менеджер тағайындалды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="58" />
        <source>price set by hand</source>
        <translation>баға қолмен қойылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="59" />
        <source>order accepted</source>
        <translation>тапсырыс қабылданды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="60" />
        <source>order cancelled</source>
        <translation>тапсырыс болдырылмады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="61" />
        <source>order marked invoiced</source>
        <translation>тапсырысқа шот жазылды деп белгіленді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="62" />
        <source>order status from accounting</source>
        <translation>бухгалтериядан тапсырыс күйі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="63" />
        <source>order statuses imported</source>
        <translation>тапсырыс күйлері жүктелді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="64" />
        <source>orders exported</source>
        <translation>тапсырыстар шығарылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="65" />
        <source>password changed</source>
        <translation>құпиясөз өзгертілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="66" />
        <source>presence changed</source>
        <translation>қатысу күйі өзгертілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="67" />
        <source>routing rules replaced</source>
        <translation>бағыттау ережелері ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="68" />
        <source>signed in</source>
        <translation>жүйеге кірді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="69" />
        <source>sign-in refused</source>
        <translation>кіру қабылданбады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="70" />
        <source>task closed</source>
        <translation>тапсырма жабылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="71" />
        <source>task created</source>
        <translation>тапсырма құрылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="72" />
        <source>user created</source>
        <translation>пайдаланушы құрылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="73" />
        <source>user reactivated</source>
        <translation>пайдаланушы қайта қосылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="74" />
        <source>user deactivated</source>
        <translation>пайдаланушы өшірілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="75" />
        <source>user changed</source>
        <translation>пайдаланушы өзгертілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="76" />
        <source>rights of a role changed</source>
        <translation>рөл құқықтары өзгертілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="77" />
        <source>password reset</source>
        <translation>құпиясөз қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="78" />
        <source>account unlocked</source>
        <translation>тіркелгі бұғаттан шығарылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="79" />
        <source>account locked after failed sign-ins</source>
        <translation>сәтсіз кірулерден кейін тіркелгі бұғатталды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="111" />
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="77" />
        <location filename="../../orderdesk_gui/ui/task_models.py" line="83" />
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="112" />
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="78" />
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="59" />
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="114" />
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="115" />
        <source>Object</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="117" />
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="81" />
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="177" />
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="44" />
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="178" />
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="179" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="72" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="131" />
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="123" />
        <location filename="../../orderdesk_gui/ui/task_models.py" line="67" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="180" />
        <location filename="../../orderdesk_gui/ui/task_models.py" line="68" />
        <location filename="../../orderdesk_gui/ui/task_models.py" line="81" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="61" />
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="79" />
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="60" />
        <location filename="../../orderdesk_gui/ui/models.py" line="181" />
        <location filename="../../orderdesk_gui/ui/models.py" line="199" />
        <location filename="../../orderdesk_gui/ui/task_models.py" line="57" />
        <location filename="../../orderdesk_gui/ui/task_models.py" line="69" />
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="54" />
        <location filename="../../orderdesk_gui/ui/journal.py" line="119" />
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="55" />
        <source>Direction</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="57" />
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="160" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="62" />
        <source>Counts</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="67" />
        <source>Rejects</source>
        <translation>Қабылданбаған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="76" />
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="162" />
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="78" />
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="165" />
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="84" />
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="169" />
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="109" />
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="93" />
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="94" />
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="95" />
        <source>Changed</source>
        <translation>Өзгерген</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="96" />
        <source>Deactivated</source>
        <translation>Өшірілген</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="97" />
        <source>Unchanged</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="123" />
        <source>In/out</source>
        <translation>Кір./шығ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="125" />
        <source>Client or number</source>
        <translation>Клиент немесе нөмір</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="129" />
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="96" />
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="130" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="286" />
        <location filename="../../orderdesk_gui/ui/task_models.py" line="70" />
        <location filename="../../orderdesk_gui/ui/task_models.py" line="84" />
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="58" />
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="132" />
        <source>Duration</source>
        <translation>Ұзақт.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="137" />
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="115" />
        <location filename="../../orderdesk_gui/ui/models.py" line="190" />
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="24" />
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="44" />
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="27" />
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="47" />
        <location filename="../../orderdesk_gui/ui/models.py" line="191" />
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="81" />
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="29" />
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="49" />
        <location filename="../../orderdesk_gui/ui/models.py" line="193" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="87" />
        <source>Sum</source>
        <translation>Сома</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="59" />
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="30" />
        <location filename="../../orderdesk_gui/ui/people_window.py" line="175" />
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="124" />
        <source>Department</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="198" />
        <source>Lines</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="30" />
        <source>asked</source>
        <translation>сұрау бойынша</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="31" />
        <source>suggested</source>
        <translation>ұсынылған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="32" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="38" />
        <source>usual</source>
        <translation>әдеттегі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="33" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="40" />
        <source>promotion</source>
        <translation>акция</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="34" />
        <source>repeat</source>
        <translation>қайталау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="35" />
        <source>manual price</source>
        <translation>қолмен баға</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="39" />
        <source>special</source>
        <translation>арнайы ұсыныс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="41" />
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="42" />
        <source>for this type</source>
        <translation>клиент түріне</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="45" />
        <source>not needed</source>
        <translation>керек емес</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="46" />
        <source>price</source>
        <translation>баға</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="47" />
        <source>has stock</source>
        <translation>қоры бар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="53" />
        <source>per pack</source>
        <translation>қаптамада</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="53" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="71" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="73" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="133" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="157" />
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="74" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="137" />
        <source>Unit</source>
        <translation>Бірл.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="75" />
        <source>Qty</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="76" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="138" />
        <source>Pack</source>
        <translation>Қаптама</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="78" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="139" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="161" />
        <source>Price</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="83" />
        <source>Disc. %</source>
        <translation>Жеңілдік %</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="88" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="140" />
        <source>Stock</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="58" />
        <location filename="../../orderdesk_gui/ui/journal.py" line="135" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="90" />
        <source>Source</source>
        <translation>Көзі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="162" />
        <source>Why</source>
        <translation>Неге</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="245" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="288" />
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="49" />
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="50" />
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="52" />
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="55" />
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="56" />
        <source>Refused</source>
        <translation>Бас тартты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="71" />
        <location filename="../../orderdesk_gui/ui/task_models.py" line="90" />
        <source>Attempts</source>
        <translation>Әрекеттер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="82" />
        <source>Called by</source>
        <translation>Кім шалды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="86" />
        <source>Refusal reason</source>
        <translation>Бас тарту себебі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="45" />
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="46" />
        <source>Last order</source>
        <translation>Соңғы тапсырыс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="48" />
        <source>Usual interval, days</source>
        <translation>Әдеттегі аралық, күн</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="52" />
        <source>Days overdue</source>
        <translation>Кешігу, күн</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="54" />
        <source>Value lost</source>
        <translation>Жоғалған сома</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="56" />
        <source>Last called</source>
        <translation>Соңғы қоңырау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="23" />
        <source>take orders</source>
        <translation>тапсырыс қабылдау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="24" />
        <source>override the debt gate</source>
        <translation>қарыз тосқауылынан өткізу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="25" />
        <source>set a price by hand</source>
        <translation>бағаны қолмен қою</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="26" />
        <source>edit clients</source>
        <translation>клиенттерді өзгерту</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="27" />
        <source>edit credit terms</source>
        <translation>несие шарттарын өзгерту</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="28" />
        <source>mark orders invoiced</source>
        <translation>тапсырыстарды шот жазылды деп белгілеу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="29" />
        <source>assign a manager</source>
        <translation>менеджер тағайындау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="30" />
        <source>manage outbound tasks</source>
        <translation>шығыс тапсырмаларын басқару</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="31" />
        <source>resolve complaints</source>
        <translation>шағымдарды шешу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="32" />
        <source>edit call routing</source>
        <translation>қоңырау бағыттауын баптау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="33" />
        <source>manage people and rights</source>
        <translation>адамдар мен құқықтарды басқару</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="34" />
        <source>view reports</source>
        <translation>есептерді қарау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="35" />
        <source>exchange data with accounting</source>
        <translation>бухгалтериямен деректер алмасу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="36" />
        <source>manage promotions</source>
        <translation>акцияларды басқару</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="44" />
        <source>inactive</source>
        <translation>өшірулі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="48" />
        <source>locked</source>
        <translation>бұғатталған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="50" />
        <source>new password due</source>
        <translation>жаңа құпиясөз керек</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="171" />
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="172" />
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="77" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="173" />
        <source>Role</source>
        <translation>Рөл</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="176" />
        <source>Heads</source>
        <translation>Басқарады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="177" />
        <source>Extension</source>
        <translation>Ішкі нөмір</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="85" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="89" />
        <source>Products</source>
        <translation>Тауарлар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="91" />
        <source>For clients</source>
        <translation>Клиенттерге</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="93" />
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="94" />
        <source>Client type</source>
        <translation>Клиент түрі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="104" />
        <source>New client</source>
        <translation>Жаңа клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="107" />
        <source>Then</source>
        <translation>Сонда</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="125" />
        <source>Head</source>
        <translation>Басшы</translation>
    </message>
</context>
<context>
    <name>OrderController</name>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="122" />
        <source>The order has no lines yet.</source>
        <translation>Тапсырыста әлі жолдар жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="130" />
        <source>The debt gate is red with this order: %s</source>
        <translation>Осы тапсырыспен қарыз қызыл аймақта: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="86" />
        <source>Start the order first (F4).</source>
        <translation>Алдымен тапсырысты бастаңыз (F4).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="70" />
        <source>The other desk closed this order: Ctrl+Shift+O edits it here.</source>
        <translation>Басқа жұмыс орны бұл тапсырысты жапты: Ctrl+Shift+O — оны осында өңдеу.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="221" />
        <source>only %s in stock</source>
        <translation>қоймада тек %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="236" />
        <source>The connection is lost: the line is added when it is back.</source>
        <translation>Байланыс үзілді: байланыс қалпына келісімен жол қосылады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="268" />
        <source>Line removed: Ctrl+Z brings it back.</source>
        <translation>Жол жойылды: Ctrl+Z қайтарады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="342" />
        <source>Choose why the client declined.</source>
        <translation>Бас тарту себебін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="383" />
        <source>The connection is back: the order is saved.</source>
        <translation>Байланыс қалпына келді: тапсырыс сақталды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="401" />
        <source>The connection to the database is lost: the order stays here and is saved as soon as the connection is back (trying again in %d s).</source>
        <translation>Дерекқормен байланыс үзілді: тапсырыс осында қалады және байланыс қалпына келген бойда сақталады (қайта әрекет %d с кейін).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="408" />
        <source>The draft could not be saved: %s</source>
        <translation>Жоба сақталмады: %s</translation>
    </message>
</context>
<context>
    <name>OrderDeskApp</name>
    <message>
        <location filename="../../orderdesk_gui/ui/app.py" line="151" />
        <source>Building the demo database…</source>
        <translation>Демо дерекқор құрылуда…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/app.py" line="219" />
        <source>The company is set up. Sign in as %1 with the password just chosen.</source>
        <translation>Компания бапталды. %1 ретінде жаңа ғана таңдалған құпиясөзбен кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/app.py" line="251" />
        <source>This database has no users yet. Create the first administrator on this computer with: orderdesk user add NAME --role admin</source>
        <translation>Бұл дерекқорда әлі пайдаланушылар жоқ. Алғашқы әкімшіні осы компьютерде мына пәрменмен жасаңыз: orderdesk user add АТЫ --role admin</translation>
    </message>
</context>
<context>
    <name>OrderGuideDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/order_guide.py" line="129" />
        <source>Order guide: %s</source>
        <translation>Тапсырыс бланкісі: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_guide.py" line="133" />
        <source>reading the client's history…</source>
        <translation>клиент тарихы оқылуда…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_guide.py" line="142" />
        <source>The client bought nothing in the last two years.</source>
        <translation>Клиент соңғы екі жылда ештеңе сатып алмаған.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_guide.py" line="157" />
        <source>%d of %d products</source>
        <translation>%d / %d тауар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_guide.py" line="237" />
        <source>In the order: %d lines · total &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Тапсырыста: %d жол · сомасы &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/order_guide.ui" line="6" />
        <location filename="../../forms/order_guide.ui" line="9" />
        <source>Order guide</source>
        <translation>Тапсырыс бланкісі</translation>
    </message>
    <message>
        <location filename="../../forms/order_guide.ui" line="15" />
        <source>&amp;Filter:</source>
        <translation>&amp;Сүзгі:</translation>
    </message>
    <message>
        <location filename="../../forms/order_guide.ui" line="21" />
        <source>Code or part of the name; ↓ to the quantities</source>
        <translation>Код немесе атауының бөлігі; ↓ санға өту</translation>
    </message>
    <message>
        <location filename="../../forms/order_guide.ui" line="44" />
        <source>Type a quantity in the row · Enter or ↓ adds it to the order, ↑ goes back · 0 removes the line · letters filter · Esc back to the order</source>
        <translation>Санын жолға теріңіз · Enter немесе ↓ тапсырысқа қосады, ↑ артқа · 0 жолды жояды · әріптер — сүзгі · Esc тапсырысқа оралу</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="82" />
        <source>Order &amp;guide (usual products)…</source>
        <translation>Тапсырыс &amp;бланкісі (әдеттегі тауарлар)…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="98" />
        <source>Take the &amp;order over from the other desk…</source>
        <translation>&amp;Тапсырысты басқа жұмыс орнынан алу…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="116" />
        <source>Take the order over</source>
        <translation>Тапсырысты алу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="118" />
        <source>%s is editing order no. %d at desk %s. Take it over? Their screen shows it read-only from then on, and what they typed but did not save yet is not kept.</source>
        <translation>%s № %d тапсырысты %s жұмыс орнында өңдеп жатыр. Өзіңізге аласыз ба? Олардың экранында тапсырыс тек қарау үшін қалады, ал олар терген, бірақ әлі сақтамаған нәрсе сақталмайды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="126" />
        <source>&amp;Take over</source>
        <translation>&amp;Алу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="127" />
        <source>&amp;Leave it</source>
        <translation>&amp;Қалдыру</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="138" />
        <source>Start the order first (F4).</source>
        <translation>Алдымен тапсырысты бастаңыз (F4).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="165" />
        <source>Find the caller first (F3); their card opens on the left.</source>
        <translation>Алдымен қоңырау шалушыны табыңыз (F3): оның карточкасы сол жақта ашылады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="169" />
        <source>Draft order no. %d of %s (%d lines, %s) is open for this client: F4 resumes it.</source>
        <translation>Клиентте № %d тапсырыс жобасы ашық (%s, %d жол, %s): F4 жалғастырады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="178" />
        <source>Client on screen: %s — F4 starts the order</source>
        <translation>Экрандағы клиент: %s — F4 тапсырысты бастайды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="192" />
        <location filename="../../forms/order_panel.ui" line="12" />
        <source>Order</source>
        <translation>Тапсырыс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="197" />
        <source>Order no. %d (read-only): %s</source>
        <translation>№ %d тапсырыс (тек қарау): %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="201" />
        <source>%s is editing this order at desk %s. Ctrl+Shift+O takes it over.</source>
        <translation>Бұл тапсырысты %s %s жұмыс орнында өңдеп жатыр. Ctrl+Shift+O — өзіңізге алу.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="206" />
        <source>Order no. %d (draft): %s</source>
        <translation>№ %d тапсырыс (жоба): %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="211" />
        <source>Prices of the client's price column; a better promotion price applies by itself.</source>
        <translation>Бағалар клиенттің баға бағаны бойынша; тиімдірек акциялық баға өзі қолданылады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="215" />
        <source>Debt gate overridden for this order, up to %s.</source>
        <translation>Осы тапсырыс үшін қарыз тыйымы алынды, шекті сомасы: %s.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="220" />
        <source>Debt gate overridden for this order.</source>
        <translation>Осы тапсырыс үшін қарыз тыйымы алынды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="247" />
        <source>Total &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Барлығы &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="248" />
        <source>discount %s</source>
        <translation>жеңілдік %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="249" />
        <source>%s kg</source>
        <translation>%s кг</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="250" />
        <source>%d lines</source>
        <translation>%d жол</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="258" />
        <source>Over the credit limit or overdue: %s</source>
        <translation>Лимиттен тыс немесе мерзімі өткен: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="265" />
        <source>Headroom under the limit: %s</source>
        <translation>Лимитке дейінгі қалдық: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="275" />
        <source>More than the %s approved: saving asks for approval again</source>
        <translation>Мақұлданған %s сомадан көп: сақтағанда қайта мақұлдау сұралады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="278" />
        <source>The override names no amount: saving asks for approval again</source>
        <translation>Рұқсатта сома жоқ: сақтағанда қайта мақұлдау сұралады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="283" />
        <source>Approved up to %s: %s left</source>
        <translation>Мақұлданған шекті сома: %s, қалғаны: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="313" />
        <source>No product matches %r.</source>
        <translation>%r тауары табылмады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="326" />
        <source>Choose a product from the list.</source>
        <translation>Тізімнен тауар таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="336" />
        <source>%s: pack of %s %s, %s in stock</source>
        <translation>%s: қаптамада %s %s, қоймада %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="388" />
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
        <source>Enter add · Del remove (Ctrl+Z undo) · F2 change qty · Ctrl+G order guide · Ctrl+R repeat last order · Ctrl+U usual basket · F10 complete</source>
        <translation>Enter қосу · Del жою (Ctrl+Z қайтару) · F2 санын өзгерту · Ctrl+G тапсырыс бланкісі · Ctrl+R тапсырысты қайталау · Ctrl+U әдеттегі жиынтық · F10 рәсімдеу</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="77" />
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Құпиясөздер сәйкес емес: бірдей құпиясөзді екі рет енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../forms/password_dialog.ui" line="6" />
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <location filename="../../forms/password_dialog.ui" line="11" />
        <source>&amp;New password:</source>
        <translation>&amp;Жаңа құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../forms/password_dialog.ui" line="13" />
        <source>&amp;Again:</source>
        <translation>&amp;Тағы бір рет:</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <location filename="../../orderdesk_gui/ui/people_actions.py" line="21" />
        <source>P&amp;eople and rights…</source>
        <translation>&amp;Адамдар мен құқықтар…</translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="250" />
        <location filename="../../forms/people_window.ui" line="25" />
        <source>&amp;Deactivate</source>
        <translation>&amp;Өшіру</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="250" />
        <source>Re&amp;activate</source>
        <translation>Қайта &amp;қосу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="274" />
        <source>%s created: a new password is due at the first sign-in.</source>
        <translation>%s құрылды: алғашқы кіруде жаңа құпиясөз қою керек.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="285" />
        <source>%s saved.</source>
        <translation>%s сақталды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="295" />
        <source>A temporary password for %s (8 characters or more, not the user name, not only digits): they choose their own at the next sign-in.</source>
        <translation>%s үшін уақытша құпиясөз (кемінде 8 таңба, пайдаланушы аты емес, тек цифрлар емес): келесі кіруде ол өзінікін қояды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="308" />
        <source>The password of %s was reset.</source>
        <translation>%s құпиясөзі қалпына келтірілді.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="322" />
        <source>%s is active again.</source>
        <translation>%s қайта қосылды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="324" />
        <source>%s is deactivated: their calls and orders keep the name.</source>
        <translation>%s өшірілді: оның қоңыраулары мен тапсырыстары атын сақтайды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="341" />
        <source>%s is unlocked.</source>
        <translation>%s бұғаттан шығарылды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="368" />
        <source>changed from the default</source>
        <translation>бастапқыдан өзгертілген</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="390" />
        <source>Rights saved.</source>
        <translation>Құқықтар сақталды.</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="6" />
        <source>People and rights</source>
        <translation>Адамдар мен құқықтар</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="11" />
        <source>&amp;People</source>
        <translation>&amp;Адамдар</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="15" />
        <source>Sho&amp;w inactive</source>
        <translation>Өшірілгендерді көрс&amp;ету</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="22" />
        <source>&amp;New…</source>
        <translation>&amp;Жаңа…</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="23" />
        <source>&amp;Edit…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="24" />
        <source>&amp;Reset password…</source>
        <translation>Құпиясөзді қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="26" />
        <source>&amp;Unlock</source>
        <translation>Бұғаттан &amp;шығару</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="33" />
        <source>R&amp;ights of roles</source>
        <translation>&amp;Рөл құқықтары</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="38" />
        <source>Space ticks or clears a right. Grey cells cannot change: an administrator always manages users; the exchange account only exchanges data.</source>
        <translation>Бос орын пернесі құқықты қояды немесе алады. Сұр ұяшықтар өзгермейді: әкімші әрқашан пайдаланушыларды басқарады; алмасу тіркелгісі тек деректер алмасады.</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="39" />
        <source>&amp;Save rights</source>
        <translation>Құқықтарды &amp;сақтау</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="101" />
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="107" />
        <source>New person</source>
        <translation>Жаңа қызметкер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="110" />
        <source>Person: %s</source>
        <translation>Қызметкер: %s</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="6" />
        <source>Person</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="10" />
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="12" />
        <source>&amp;Full name:</source>
        <translation>&amp;Толық аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="14" />
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="16" />
        <source>&amp;Department:</source>
        <translation>&amp;Бөлімі:</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="18" />
        <source>&amp;Heads:</source>
        <translation>Б&amp;асқарады:</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="20" />
        <source>&amp;Key-account manager</source>
        <translation>&amp;Негізгі клиенттер менеджері</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="21" />
        <source>E&amp;xtension:</source>
        <translation>І&amp;шкі нөмір:</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="23" />
        <source>P&amp;hone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="25" />
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="27" />
        <source>First &amp;password:</source>
        <translation>Алғашқы &amp;құпиясөз:</translation>
    </message>
</context>
<context>
    <name>PresenceActions</name>
    <message>
        <location filename="../../orderdesk_gui/ui/presence_actions.py" line="31" />
        <source>Away / &amp;back</source>
        <translation>Шығып кеттім / &amp;оралдым</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/presence_actions.py" line="33" />
        <source>&amp;Presence and substitute…</source>
        <translation>&amp;Қатысу және орнын басу…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/presence_actions.py" line="59" />
        <source>You are %s.</source>
        <translation>Сіздің күйіңіз: %s.</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <location filename="../../forms/presence_dialog.ui" line="6" />
        <source>Presence and substitute</source>
        <translation>Қатысу және орнын басу</translation>
    </message>
    <message>
        <location filename="../../forms/presence_dialog.ui" line="10" />
        <source>&amp;Person:</source>
        <translation>&amp;Қызметкер:</translation>
    </message>
    <message>
        <location filename="../../forms/presence_dialog.ui" line="12" />
        <source>P&amp;resence:</source>
        <translation>Қ&amp;атысу:</translation>
    </message>
    <message>
        <location filename="../../forms/presence_dialog.ui" line="14" />
        <source>Absent &amp;until (last day):</source>
        <translation>Болмайтын соңғы &amp;Дейін жоқ (соңғы күні):amp;күні:</translation>
    </message>
    <message>
        <location filename="../../forms/presence_dialog.ui" line="16" />
        <source>&amp;Substitute:</source>
        <translation>&amp;Орнын басушы:</translation>
    </message>
</context>
<context>
    <name>PromotionsWindow</name>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="31" />
        <source>special price or discount</source>
        <translation>арнайы баға немесе жеңілдік</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="32" />
        <source>items to offer</source>
        <translation>ұсынатын тауарлар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="33" />
        <source>a note for the operator</source>
        <translation>операторға жазба</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="36" />
        <source>running now</source>
        <translation>қазір жүріп жатыр</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="37" />
        <source>starting later</source>
        <translation>кейін басталады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="38" />
        <source>over</source>
        <translation>аяқталған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="39" />
        <source>all</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="69" />
        <source>every client type</source>
        <translation>кез келген клиент түрі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="71" />
        <source>every region</source>
        <translation>кез келген өңір</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="81" />
        <source>from accounting</source>
        <translation>бухгалтериядан</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="102" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="103" />
        <source>Product</source>
        <translation>Тауар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="104" />
        <source>Special price</source>
        <translation>Арнайы баға</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="105" />
        <source>Discount, %</source>
        <translation>Жеңілдік, %</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="106" />
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="193" />
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="194" />
        <source>Drop the changes to this promotion?</source>
        <translation>Бұл акцияның өзгерістерін тастау керек пе?</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="210" />
        <source>A new promotion: name it, choose its products, Ctrl+S saves.</source>
        <translation>Жаңа акция: атын жазып, тауарларын таңдаңыз, Ctrl+S сақтайды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="218" />
        <source>From accounting: change it there (shown read-only here).</source>
        <translation>Бухгалтериядан: сонда өзгертіңіз (мұнда тек қарау).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="277" />
        <source>No product found.</source>
        <translation>Тауар табылмады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="346" />
        <source>Saved: order entry and the suggestions use it from now on.</source>
        <translation>Сақталды: тапсырыс қабылдау мен ұсыныстар енді оны ескереді.</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="6" />
        <source>Promotions and special items</source>
        <translation>Акциялар және арнайы тауарлар</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="10" />
        <source>&amp;Show:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="12" />
        <source>F&amp;ind:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="14" />
        <source>&amp;New promotion</source>
        <translation>Жаңа &amp;акция</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="27" />
        <source>N&amp;ame:</source>
        <translation>А&amp;тауы:</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="29" />
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="31" />
        <source>&amp;From, to:</source>
        <translation>&amp;Бастап, дейін:</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="36" />
        <source>A&amp;ctive</source>
        <translation>&amp;Қолданыста</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="40" />
        <source>For &amp;clients:</source>
        <translation>&amp;Клиенттерге:</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="47" />
        <source>Note for the &amp;operator:</source>
        <translation>&amp;Операторға жазба:</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="49" />
        <source>Add a &amp;product:</source>
        <translation>&amp;Тауар қосу:</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="50" />
        <source>code, barcode or name; Enter finds, ↓ chooses</source>
        <translation>код, штрихкод немесе атауы; Enter іздейді, ↓ таңдайды</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="64" />
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="111" />
        <source>Shift report</source>
        <translation>Ауысым есебі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="125" />
        <source>the whole desk, by operator</source>
        <translation>бүкіл бөлім, операторлар бойынша</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="129" />
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="130" />
        <source>This week</source>
        <translation>Осы апта</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="131" />
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="132" />
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="155" />
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV экспорттау…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="156" />
        <source>Export &amp;XLSX…</source>
        <translation>&amp;XLSX экспорттау…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="164" />
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="166" />
        <source>to</source>
        <translation>соңы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="172" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="222" />
        <source>The period ends before it starts.</source>
        <translation>Кезеңнің аяқталу күні басталу күнінен ерте.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="225" />
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="244" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="289" />
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="256" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="294" />
        <source>the whole desk</source>
        <translation>бүкіл бөлім</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="257" />
        <source>Shift report for %s: %s</source>
        <translation>Ауысым есебі, %s: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="259" />
        <source>Calls by hour: %s</source>
        <translation>Сағат бойынша қоңыраулар: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="280" />
        <source>Average call, seconds</source>
        <translation>Орташа қоңырау, секунд</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="290" />
        <source>Hour</source>
        <translation>Сағат</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="291" />
        <source>Calls</source>
        <translation>Қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="292" />
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="311" />
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="311" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="312" />
        <source>Export the report</source>
        <translation>Есепті экспорттау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="321" />
        <source>Saved to %s</source>
        <translation>Сақталды: %s</translation>
    </message>
</context>
<context>
    <name>RoutingActions</name>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_actions.py" line="24" />
        <source>R&amp;outing: departments, heads and rules…</source>
        <translation>&amp;Бағыттау: бөлімдер, басшылар және ережелер…</translation>
    </message>
</context>
<context>
    <name>RoutingRuleDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="523" />
        <source>Steps, separated by commas, tried in order: %s</source>
        <translation>Үтірмен бөлінген қадамдар, ретімен тексеріледі: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="532" />
        <source>unknown step</source>
        <translation>белгісіз қадам</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="6" />
        <source>Routing rule</source>
        <translation>Бағыттау ережесі</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="10" />
        <source>&amp;Priority (lowest first):</source>
        <translation>&amp;Басымдық (кішісі бірінші):</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="12" />
        <source>Client t&amp;ype:</source>
        <translation>Клиент &amp;түрі:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="14" />
        <source>P&amp;urpose of the call:</source>
        <translation>Қоңырау &amp;мақсаты:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="16" />
        <source>&amp;New client:</source>
        <translation>&amp;Жаңа клиент:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="18" />
        <source>&amp;Then:</source>
        <translation>С&amp;онда:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="20" />
        <source>Transfer t&amp;o, in order:</source>
        <translation>Кімге &amp;ауыстыру, ретімен:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="23" />
        <source>A&amp;ssigns a manager (new clients):</source>
        <translation>Менеджерді та&amp;ғайындайды (жаңа клиенттерге):</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="26" />
        <source>&amp;Reason shown to the operator:</source>
        <translation>Операторға көрсетілетін &amp;себеп:</translation>
    </message>
</context>
<context>
    <name>RoutingWindow</name>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="40" />
        <source>the client's manager</source>
        <translation>клиенттің менеджері</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="41" />
        <source>any available key-account manager</source>
        <translation>бос тұрған кез келген негізгі клиенттер менеджері</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="42" />
        <source>finance</source>
        <translation>қаржы қызметі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="45" />
        <source>take the call here</source>
        <translation>қоңырауды осында қабылдау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="46" />
        <source>transfer</source>
        <translation>ауыстыру</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="49" />
        <source>new or known</source>
        <translation>жаңа немесе таныс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="50" />
        <source>new only</source>
        <translation>тек жаңа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="51" />
        <source>known only</source>
        <translation>тек таныс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="55" />
        <source>as in the books today</source>
        <translation>бүгінгі есептегідей</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="56" />
        <source>red: orders stopped</source>
        <translation>қызыл: тапсырыстар тоқтатылған</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="57" />
        <source>no debt</source>
        <translation>қарызсыз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="100" />
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="181" />
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="493" />
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="496" />
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="135" />
        <source>the rules being edited here</source>
        <translation>осында өңделіп жатқан ережелер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="136" />
        <source>the saved rules (as the desks route now)</source>
        <translation>сақталған ережелер (қазір қалай бағытталады)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="189" />
        <source>head of %s</source>
        <translation>басшысы: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="200" />
        <source>a manager assigned by %s</source>
        <translation>менеджерді %s тағайындайды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="210" />
        <source>— nobody —</source>
        <translation>— ешкім —</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="211" />
        <source>nobody (presence as it is today)</source>
        <translation>ешкім (қатысу бүгінгідей)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="226" />
        <location filename="../../forms/routing_window.ui" line="6" />
        <source>Routing: departments, heads and rules</source>
        <translation>Бағыттау: бөлімдер, басшылар және ережелер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="320" />
        <source>Routing rules saved: %d. The desks route by them from the next call.</source>
        <translation>Бағыттау ережелері сақталды: %d. Жұмыс орындары оларды келесі қоңыраудан бастап қолданады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="340" />
        <source>Head of %s: %s</source>
        <translation>«%s» бөлімінің басшысы: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="356" />
        <source>No client found.</source>
        <translation>Клиент табылмады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="362" />
        <source>Find a client first.</source>
        <translation>Алдымен клиентті табыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="382" />
        <source>manager: %s</source>
        <translation>менеджері: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="384" />
        <source>%s, a call about: %s.</source>
        <translation>%s, қоңырау тақырыбы: %s.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="387" />
        <source>Taken as absent today: %s.</source>
        <translation>Бүгін жоқ деп есептеледі: %s.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="391" />
        <source>red debt: an order call goes to the client's manager, else to finance, whatever the rules.</source>
        <translation>қызыл қарыз: тапсырыс қоңырауы ережелерге қарамастан клиенттің менеджеріне, болмаса қаржы қызметіне барады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="394" />
        <source>no rule matches this call: it is taken here.</source>
        <translation>бұл қоңырауға бірде-бір ереже сәйкес келмейді: ол осында қабылданады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="398" />
        <source>the rule with priority %d matched (the first that fits, lowest priority first)</source>
        <translation>басымдығы %d ереже сәйкес келді (сәйкес келетін біріншісі, кіші басымдық бірінші)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="401" />
        <source>(row %d of the table)</source>
        <translation>(кестенің %d-жолы)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="403" />
        <source>Why: %s</source>
        <translation>Себебі: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="427" />
        <source>Routing</source>
        <translation>Бағыттау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="428" />
        <source>The rule changes are not saved. Close and lose them?</source>
        <translation>Ережелердегі өзгерістер сақталмаған. Жауып, оларды жоғалту керек пе?</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="12" />
        <source>&amp;1 Rules</source>
        <translation>&amp;1 Ережелер</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="16" />
        <source>The first rule that matches a call decides where it goes, by priority (lowest first). Changes take effect when saved (Ctrl+S), all at once.</source>
        <translation>Қоңыраудың қайда баратынын басымдық бойынша сәйкес келетін бірінші ереже шешеді (кішісі бірінші). Өзгерістер сақталғанда (Ctrl+S) бірден күшіне енеді.</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="25" />
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="26" />
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="27" />
        <source>Re&amp;move</source>
        <translation>Ж&amp;ою</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="28" />
        <source>Move &amp;up</source>
        <translation>Жо&amp;ғары</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="29" />
        <source>Move &amp;down</source>
        <translation>Тө&amp;мен</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="38" />
        <source>&amp;2 Departments and heads</source>
        <translation>&amp;2 Бөлімдер мен басшылар</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="43" />
        <source>H&amp;ead of the selected department:</source>
        <translation>Таңдалған бөлімнің &amp;басшысы:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="45" />
        <source>Set &amp;head</source>
        <translation>&amp;Тағайындау</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="50" />
        <source>A head is set at once, one per department, chosen among active users; the routing steps “head:…” reach them.</source>
        <translation>Басшы бірден тағайындалады, әр бөлімге біреу, белсенді пайдаланушылардың ішінен; «head:…» бағыттау қадамдары соған жетеді.</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="57" />
        <source>&amp;3 Preview</source>
        <translation>&amp;3 Тексеру</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="61" />
        <source>&amp;Find a client:</source>
        <translation>Клиентті &amp;табу:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="62" />
        <source>name, code, phone or BIN/IIN</source>
        <translation>атауы, коды, телефоны немесе БСН/ЖСН</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="63" />
        <source>&amp;Client:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="65" />
        <source>&amp;Purpose of the call:</source>
        <translation>Қоңырау &amp;мақсаты:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="67" />
        <source>De&amp;bt:</source>
        <translation>Қа&amp;рыз:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="69" />
        <source>Taken as &amp;absent:</source>
        <translation>Жоқ деп &amp;есептеу:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="71" />
        <source>&amp;Rules:</source>
        <translation>Ере&amp;желер:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="77" />
        <source>Sho&amp;w where the call goes</source>
        <translation>&amp;Қоңырау қайда баратынын көрсету</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_actions.py" line="21" />
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="41" />
        <source>Company and logo</source>
        <translation>Компания және логотип</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="42" />
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="43" />
        <source>Printer and paper</source>
        <translation>Принтер және қағаз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="44" />
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="45" />
        <source>Mail</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="46" />
        <source>Debt thresholds</source>
        <translation>Берешек шектері</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="47" />
        <source>Callbacks</source>
        <translation>Қайта қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="48" />
        <source>Sleeping clients</source>
        <translation>Ұйқыдағы клиенттер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="49" />
        <source>Orders</source>
        <translation>Тапсырыстар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="50" />
        <source>This desk</source>
        <translation>Осы жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="54" />
        <source>Company name on documents</source>
        <translation>Құжаттардағы компания атауы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="55" />
        <source>Company BIN</source>
        <translation>Компанияның БСН</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="56" />
        <source>Company address</source>
        <translation>Компанияның мекенжайы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="57" />
        <source>Company phone</source>
        <translation>Компанияның телефоны</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="58" />
        <source>Company fax</source>
        <translation>Компанияның факсы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="59" />
        <source>Company e-mail on documents</source>
        <translation>Құжаттардағы компанияның эл. поштасы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="60" />
        <source>Company's bank on documents</source>
        <translation>Құжаттардағы компанияның банкі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="61" />
        <source>Company's bank account (IIK, IBAN)</source>
        <translation>Компанияның банк шоты (ЖСК, IBAN)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="62" />
        <source>Bank identification code (BIC)</source>
        <translation>Банктің сәйкестендіру коды (БСК)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="63" />
        <source>Logo on documents: a file name in resources/ or a path every desk reaches</source>
        <translation>Құжаттардағы логотип: resources/ ішіндегі файл атауы немесе әр жұмыс орнынан қолжетімді жол</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="66" />
        <source>Terms text printed under the order confirmation</source>
        <translation>Тапсырысты растаудың астында басылатын шарттар мәтіні</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="67" />
        <source>Language of every document: ru, kk or en (empty: the operator's interface)</source>
        <translation>Барлық құжаттың тілі: ru, kk немесе en (бос: оператор интерфейсінің тілі)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="70" />
        <source>Printer of this desk (empty: the system's)</source>
        <translation>Осы жұмыс орнының принтері (бос: жүйелік)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="71" />
        <source>Paper size: A4 or Letter</source>
        <translation>Қағаз пішімі: A4 немесе Letter</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="72" />
        <source>Fax command on this desk; {file} and {number} are replaced</source>
        <translation>Осы жұмыс орнындағы факс жіберу командасы; {file} мен {number} ауыстырылады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="75" />
        <source>E-mail-to-fax gateway address, {number} replaced</source>
        <translation>«Пошта — факс» шлюзінің мекенжайы, {number} ауыстырылады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="78" />
        <source>Fax TIFF encoding: group3-2d, group3-1d or group4</source>
        <translation>Факстың TIFF кодтауы: group3-2d, group3-1d немесе group4</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="79" />
        <source>Mail (SMTP) server</source>
        <translation>Пошта сервері (SMTP)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="80" />
        <source>SMTP server port (465: TLS at once)</source>
        <translation>SMTP серверінің порты (465: бірден TLS)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="81" />
        <source>Use STARTTLS</source>
        <translation>STARTTLS қолдану</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="82" />
        <source>SMTP login</source>
        <translation>SMTP логині</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="83" />
        <source>SMTP password: kept in this computer's credential store, never in the database</source>
        <translation>SMTP құпиясөзі: осы компьютердің құпиясөз қоймасында сақталады, дерекқорда ешқашан емес</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="86" />
        <source>Sender address (empty: the company's e-mail)</source>
        <translation>Жіберушінің мекенжайы (бос: компанияның эл. поштасы)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="87" />
        <source>Seconds to wait for the mail server</source>
        <translation>Пошта серверін неше секунд күту керек</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="88" />
        <source>Unpaid remainder below which a document never blocks</source>
        <translation>Осыдан аз төленбеген қалдық құжатты ешқашан бұғаттамайды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="91" />
        <source>Due within this many days turns the indicator amber</source>
        <translation>Төлем мерзіміне осынша күн қалғанда индикатор сарыға айналады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="94" />
        <source>Share of the credit limit that turns it amber</source>
        <translation>Индикаторды сарыға айналдыратын кредит лимитінің үлесі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="95" />
        <source>Payment forms that create no receivable, comma separated</source>
        <translation>Дебиторлық берешек тудырмайтын төлем түрлері, үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="98" />
        <source>Debts brought in longer ago than this many hours are shown as old</source>
        <translation>Осынша сағаттан бұрын жүктелген берешектер ескі деп көрсетіледі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="101" />
        <source>Failed attempts before the head gets a callback</source>
        <translation>Қайта қоңырау басшыға өтетін сәтсіз әрекеттер саны</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="104" />
        <source>Minutes before a failed callback is due again</source>
        <translation>Сәтсіз қайта қоңырау неше минуттан кейін қайта кезекке тұрады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="107" />
        <source>How often this desk looks for due callbacks, seconds</source>
        <translation>Осы жұмыс орны қайта қоңырауларды қаншалықты жиі тексереді, секунд</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="110" />
        <source>Overdue by this share of the usual interval: sleeping</source>
        <translation>Әдеттегі аралықтың осындай үлесіне кешіксе — клиент ұйқыда</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="113" />
        <source>Never sleeping before this many days without an order</source>
        <translation>Тапсырыссыз осынша күн өтпейінше ұйқыда саналмайды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="116" />
        <source>Orders needed before a client has a usual interval</source>
        <translation>Клиенттің әдеттегі аралығы болуы үшін қажет тапсырыстар саны</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="119" />
        <source>Days after a call in which an order reactivates</source>
        <translation>Қоңыраудан кейінгі тапсырыс қайта белсендіру саналатын күндер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="122" />
        <source>Prefix of readable order numbers</source>
        <translation>Тапсырыс нөмірлерінің префиксі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="123" />
        <source>Suggestions to offer before an order completes</source>
        <translation>Тапсырыс аяқталғанға дейін ұсынылатын тауарлар саны</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="126" />
        <source>Largest quantity accepted on one line</source>
        <translation>Бір жолдағы ең көп мөлшер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="127" />
        <source>Deliver on Saturdays and Sundays</source>
        <translation>Сенбі және жексенбі күндері жеткізу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="128" />
        <source>No-delivery dates, comma separated YYYY-MM-DD</source>
        <translation>Жеткізу болмайтын күндер, үтір арқылы, ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="129" />
        <source>Office time zone, e.g. Asia/Almaty (empty: the computer's zone; after a restart)</source>
        <translation>Кеңсенің уақыт белдеуі, мысалы Asia/Almaty (бос: компьютердің белдеуі; қайта іске қосқаннан кейін)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="132" />
        <source>This desk's name as colleagues see it (empty: the computer's name)</source>
        <translation>Әріптестер көретін осы жұмыс орнының атауы (бос: компьютер атауы)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="135" />
        <source>Interface language: en, ru, kk (empty: the system's; after a restart)</source>
        <translation>Интерфейс тілі: en, ru, kk (бос: жүйелік; қайта іске қосқаннан кейін)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="138" />
        <source>Database URL (empty: the file in the data folder; after a restart)</source>
        <translation>Дерекқордың URL-і (бос: деректер қалтасындағы файл; қайта іске қосқаннан кейін)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="172" />
        <source>Save (Ctrl+Enter)</source>
        <translation>Сақтау (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="220" />
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="221" />
        <source>Restore the default</source>
        <translation>Әдепкі мәнді қайтару</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="225" />
        <source>Whole office (in the database)</source>
        <translation>Бүкіл кеңсеге (дерекқорда)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="225" />
        <source>This desk only</source>
        <translation>Тек осы жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="226" />
        <source>Default: %1</source>
        <translation>Әдепкі: %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="254" />
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="279" />
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="265" />
        <source>(unchanged)</source>
        <translation>(өзгеріссіз)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="275" />
        <source>on</source>
        <translation>қосулы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="275" />
        <source>off</source>
        <translation>өшірулі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="370" />
        <source>This desk's settings were not saved: %1</source>
        <translation>Осы жұмыс орнының баптаулары сақталмады: %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="408" />
        <source>Send a test message</source>
        <translation>Сынақ хат жіберу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="409" />
        <source>Send a test message to:</source>
        <translation>Сынақ хатты мына мекенжайға жіберу:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="415" />
        <source>Sending a test message…</source>
        <translation>Сынақ хат жіберілуде…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="418" />
        <source>A test message went to %1.</source>
        <translation>Сынақ хат %1 мекенжайына жіберілді.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="442" />
        <source>test page</source>
        <translation>сынақ беті</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="443" />
        <source>Printer: %1</source>
        <translation>Принтер: %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="443" />
        <source>(the system's)</source>
        <translation>(жүйелік)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="444" />
        <source>Paper: %1</source>
        <translation>Қағаз: %1</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="6" />
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="14" />
        <source>Groups of settings</source>
        <translation>Баптаулар топтары</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="27" />
        <source>Restore this group's &amp;defaults</source>
        <translation>Топтың ә&amp;депкі мәндерін қайтару</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="28" />
        <source>Send a &amp;test message…</source>
        <translation>&amp;Сынақ хат жіберу…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="29" />
        <source>Print a test &amp;page</source>
        <translation>Сынақ &amp;бетін басып шығару</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="51" />
        <source>OrderDesk: a new company on %1</source>
        <translation>OrderDesk: %1 дерекқорындағы жаңа компания</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="121" />
        <source>The program's rules need this department: its name may change.</source>
        <translation>Бұл бөлім бағдарлама ережелеріне қажет: атауын өзгертуге болады.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="142" />
        <source>The program's rules need this department: rename it instead.</source>
        <translation>Бұл бөлім бағдарлама ережелеріне қажет: өшірудің орнына атауын өзгертіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="236" />
        <source>Step 1 of 3: the company's requisites</source>
        <translation>3 қадамның 1-і: компания деректемелері</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="237" />
        <source>Step 2 of 3: the first administrator</source>
        <translation>3 қадамның 2-сі: бірінші әкімші</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="238" />
        <source>Step 3 of 3: departments, client types and price columns</source>
        <translation>3 қадамның 3-і: бөлімдер, клиент түрлері және баға бағандары</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="283" />
        <source>Creating the company…</source>
        <translation>Компания құрылуда…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="313" />
        <location filename="../../forms/setup_dialog.ui" line="126" />
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="314" />
        <source>Quit without setting up the company? Nothing typed here is kept.</source>
        <translation>Компанияны баптамай шығасыз ба? Мұнда енгізілгеннің бәрі сақталмайды.</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="6" />
        <source>OrderDesk: a new company</source>
        <translation>OrderDesk: жаңа компания</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="9" />
        <source>Set up a new company</source>
        <translation>Жаңа компанияны баптау</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="15" />
        <source>The company as its documents print it. Every desk on this database uses these requisites.</source>
        <translation>Компания құжаттарда басылатындай. Бұл деректемелерді осы дерекқордың барлық жұмыс орны пайдаланады.</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="17" />
        <source>Company na&amp;me:</source>
        <translation>Компания ата&amp;уы:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="19" />
        <source>&amp;BIN:</source>
        <translation>&amp;БСН:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="21" />
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="23" />
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="25" />
        <source>&amp;Fax:</source>
        <translation>&amp;Факс:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="27" />
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="29" />
        <source>Ban&amp;k:</source>
        <translation>Ба&amp;нк:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="31" />
        <source>Acc&amp;ount (IIK):</source>
        <translation>&amp;Шот (ЖСК):</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="33" />
        <source>Bank B&amp;IC:</source>
        <translation>Банк Б&amp;СК:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="41" />
        <source>The first administrator signs in next, then adds the other users on this computer with the command “orderdesk user add”.</source>
        <translation>Содан кейін бірінші әкімші кіріп, қалған пайдаланушыларды осы компьютерде «orderdesk user add» командасымен қосады.</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="43" />
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="45" />
        <source>&amp;Full name:</source>
        <translation>&amp;Толық аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="47" />
        <source>&amp;Password:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="49" />
        <source>&amp;Repeat password:</source>
        <translation>Құпиясөзді қа&amp;йталаңыз:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="57" />
        <source>Codes are what the rules and accounting's files name; names are yours to change. The departments the rules need stay (their names may change). Edit a cell with F2 or by typing; Space marks the base price column.</source>
        <translation>Кодтар — ережелер мен бухгалтерия файлдары атайтын нәрсе; атауларды өзгертуге болады. Ережелерге қажет бөлімдер қалады (атауларын өзгертуге болады). Ұяшық F2 пернесімен немесе жай теру арқылы түзетіледі; бос орын пернесі негізгі баға бағанын белгілейді.</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="59" />
        <source>Departments</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="68" />
        <location filename="../../forms/setup_dialog.ui" line="87" />
        <location filename="../../forms/setup_dialog.ui" line="106" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="68" />
        <location filename="../../forms/setup_dialog.ui" line="87" />
        <location filename="../../forms/setup_dialog.ui" line="106" />
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="71" />
        <source>Add d&amp;epartment</source>
        <translation>&amp;Бөлім қосу</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="72" />
        <source>Remove department</source>
        <translation>Бөлімді өшіру</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="78" />
        <source>Client types</source>
        <translation>Клиент түрлері</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="90" />
        <source>Add client &amp;type</source>
        <translation>Клиент &amp;түрін қосу</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="91" />
        <source>Remove type</source>
        <translation>Түрді өшіру</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="97" />
        <source>Price columns</source>
        <translation>Баға бағандары</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="106" />
        <source>Base</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="109" />
        <source>Add price co&amp;lumn</source>
        <translation>Баға ба&amp;ғанын қосу</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="110" />
        <source>Remove column</source>
        <translation>Бағанды өшіру</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="122" />
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="124" />
        <source>&amp;Next</source>
        <translation>&amp;Келесі</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="125" />
        <source>Create the &amp;company</source>
        <translation>Компанияны &amp;құру</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="20" />
        <source>Order</source>
        <translation>Тапсырыс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="21" />
        <source>Everywhere</source>
        <translation>Барлық жерде</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="23" />
        <source>in Product: pick the highlighted product; in Qty: add the line</source>
        <translation>«Тауар» өрісінде: белгіленген тауарды таңдау; «Саны» өрісінде: жолды қосу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="25" />
        <source>from an empty Product into the lines; from the lines back to Product</source>
        <translation>бос «Тауар» өрісінен жолдарға; жолдардан «Тауар» өрісіне қайту</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="27" />
        <source>change the quantity of the current line</source>
        <translation>ағымдағы жолдың санын өзгерту</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="28" />
        <source>remove the current line (Ctrl+Z brings it back)</source>
        <translation>ағымдағы жолды жою (Ctrl+Z қайтарады)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="29" />
        <source>next / previous area: search, card, Product, lines, offers</source>
        <translation>келесі / алдыңғы аймақ: іздеу, карточка, тауар, жолдар, ұсыныстар</translation>
    </message>
    <message>
        <location filename="../../forms/shortcuts_dialog.ui" line="6" />
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
    <message>
        <location filename="../../forms/shortcuts_dialog.ui" line="12" />
        <source>&amp;Find:</source>
        <translation>&amp;Іздеу:</translation>
    </message>
    <message>
        <location filename="../../forms/shortcuts_dialog.ui" line="18" />
        <source>a key or a word, e.g. F10 or callback</source>
        <translation>перне немесе сөз, мысалы F10 немесе кері қоңырау</translation>
    </message>
    <message>
        <location filename="../../forms/shortcuts_dialog.ui" line="29" />
        <source>Key</source>
        <translation>Перне</translation>
    </message>
    <message>
        <location filename="../../forms/shortcuts_dialog.ui" line="30" />
        <source>What it does</source>
        <translation>Не істейді</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/suggestions_panel.py" line="52" />
        <source>Offer at least %d products beyond what the client asks for.</source>
        <translation>Клиент сұрағаннан тыс кемінде %d тауар ұсыныңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/suggestions_panel.py" line="59" />
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
<context>
    <name>TaskAnswerDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="41" />
        <source>Task call: %s</source>
        <translation>Тапсырма бойынша қоңырау: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="57" />
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="58" />
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="65" />
        <source>a number</source>
        <translation>сан</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="72" />
        <source>reached, answers recorded</source>
        <translation>байланыс болды, жауаптар жазылды</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="78" />
        <source>why the client refused: kept to offer something better later</source>
        <translation>клиент неге бас тартты: кейін тиімдірек ұсыныс жасау үшін сақталады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="82" />
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="83" />
        <source>Refusal reason</source>
        <translation>Бас тарту себебі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="84" />
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="92" />
        <source>Save and end the call</source>
        <translation>Сақтап, қоңырауды аяқтау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="123" />
        <source>Write why the client refused.</source>
        <translation>Клиенттің неге бас тартқанын жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="134" />
        <source>Result for %s saved; the call is closed.</source>
        <translation>Нәтиже сақталды (%s); қоңырау жабылды.</translation>
    </message>
</context>
<context>
    <name>TaskEditorDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="51" />
        <source>New outbound task</source>
        <translation>Жаңа шығыс қоңырау тапсырмасы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="63" />
        <source>What to tell or ask the client</source>
        <translation>Клиентке не айту немесе не сұрау керек</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="65" />
        <source>Due by</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="83" />
        <source>any region or city</source>
        <translation>кез келген өңір немесе қала</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="86" />
        <source>any manager</source>
        <translation>кез келген менеджер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="87" />
        <source>Sleeping clients only</source>
        <translation>Тек енжар клиенттер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="89" />
        <source>Clients with overdue or excess debt only</source>
        <translation>Тек мерзімі өткен немесе лимиттен асқан қарызы бар клиенттер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="93" />
        <source>Which clients</source>
        <translation>Қандай клиенттер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="95" />
        <source>Client types (none ticked: all)</source>
        <translation>Клиент түрлері (белгіленбесе: барлығы)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="96" />
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="97" />
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="105" />
        <source>Question, then Enter to add it</source>
        <translation>Сұрақ, содан кейін қосу үшін Enter</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="112" />
        <source>choices, separated by ;</source>
        <translation>нұсқалар, ; арқылы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="117" />
        <source>Answer required</source>
        <translation>Жауап міндетті</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="119" />
        <source>Add question</source>
        <translation>Сұрақ қосу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="127" />
        <source>Remove question</source>
        <translation>Сұрақты жою</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="133" />
        <source>Survey (optional)</source>
        <translation>Сауалнама (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="154" />
        <source>Create the task</source>
        <translation>Тапсырманы жасау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="159" />
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="160" />
        <source>Instruction</source>
        <translation>Нұсқаулық</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="229" />
        <source>Counting the clients…</source>
        <translation>Клиенттер есептелуде…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="234" />
        <source>%d clients match: each becomes a call to make</source>
        <translation>Сәйкес клиенттер: %d; әрқайсысына қоңырау шалу керек болады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="242" />
        <source>Type the question first.</source>
        <translation>Алдымен сұрақты енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="250" />
        <source>A choice question needs at least two choices, separated by ;</source>
        <translation>Таңдау сұрағына кемінде екі нұсқа керек, ; арқылы бөліңіз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="273" />
        <source>required</source>
        <translation>міндетті</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="288" />
        <source>Give the task a title.</source>
        <translation>Тапсырмаға атау беріңіз.</translation>
    </message>
</context>
<context>
    <name>TaskResultsDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/task_results_dialog.py" line="43" />
        <source>Task results</source>
        <translation>Тапсырма нәтижелері</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_results_dialog.py" line="86" />
        <source>, due %s</source>
        <translation>, мерзімі %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_results_dialog.py" line="89" />
        <source>from %s, %s%s</source>
        <translation>кімнен: %s, %s%s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_results_dialog.py" line="95" />
        <source>%d clients</source>
        <translation>%d клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_results_dialog.py" line="95" />
        <source>%d called</source>
        <translation>қоңырау шалынды: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_results_dialog.py" line="97" />
        <source>%d still to call (%d tried without reaching)</source>
        <translation>әлі шалу керек: %d (байланыс болмаған әрекеттер: %d)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_results_dialog.py" line="111" />
        <source>Refusals and why:</source>
        <translation>Бас тартулар және себептері:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_results_dialog.py" line="116" />
        <source>No refusals.</source>
        <translation>Бас тартулар жоқ.</translation>
    </message>
</context>
<context>
    <name>TasksDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="45" />
        <source>Outbound tasks</source>
        <translation>Шығыс қоңырау тапсырмалары</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="59" />
        <source>Closed tasks too</source>
        <translation>Жабылған тапсырмалар да</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="62" />
        <source>Clients already done too</source>
        <translation>Өңделген клиенттер де</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="64" />
        <source>&amp;New task…</source>
        <translation>&amp;Жаңа тапсырма…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="65" />
        <source>&amp;Results…</source>
        <translation>&amp;Нәтижелер…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="66" />
        <source>Close the task</source>
        <translation>Тапсырманы жабу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="70" />
        <source>&amp;Call the client</source>
        <translation>&amp;Клиентке қоңырау шалу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="79" />
        <source>Tasks</source>
        <translation>Тапсырмалар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="92" />
        <source>Clients to call (Enter: open the card and call)</source>
        <translation>Қоңырау шалатын клиенттер (Enter: карточканы ашып, қоңырау шалу)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="136" />
        <source>No open tasks. Press New task to create one.</source>
        <translation>Ашық тапсырмалар жоқ. Жасау үшін «Жаңа тапсырма» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="138" />
        <source>No open tasks: the sales heads have not asked for calls.</source>
        <translation>Ашық тапсырмалар жоқ: сату басшылары қоңырау сұраған жоқ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="157" />
        <source>Instruction: %s</source>
        <translation>Нұсқаулық: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="159" />
        <source>Survey: %s</source>
        <translation>Сауалнама: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="181" />
        <source>Choose a client of the task first.</source>
        <translation>Алдымен тапсырмадағы клиентті таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="184" />
        <source>%s is already done for this task.</source>
        <translation>%s: бұл тапсырма бойынша орындалып қойған.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="190" />
        <source>Calling %s: record the answers when the call ends.</source>
        <translation>Қоңырау: %s. Қоңырау аяқталғанда жауаптарды жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="197" />
        <source>Starting the call to %s…</source>
        <translation>Қоңырау басталуда: %s…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="199" />
        <source>Task call</source>
        <translation>Тапсырма бойынша қоңырау</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="224" />
        <source>Task “%s” closed.</source>
        <translation>«%s» тапсырмасы жабылды.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/transfer_dialog.py" line="29" />
        <source>&amp;Transfer (Enter)</source>
        <translation>&amp;Ауыстыру (Enter)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/transfer_dialog.py" line="32" />
        <source>Transfer the call of %s to:</source>
        <translation>%s клиентінің қоңырауын ауыстыру:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/transfer_dialog.py" line="32" />
        <source>Transfer the call to:</source>
        <translation>Қоңырауды ауыстыру:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/transfer_dialog.py" line="36" />
        <source>ext.</source>
        <translation>ішкі</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/transfer_dialog.py" line="40" />
        <source>proposed: %s</source>
        <translation>ұсынылған: %s</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_dialog.ui" line="6" />
        <source>Transfer the call</source>
        <translation>Қоңырауды ауыстыру</translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="85" />
        <source>Filter by client, city or manager</source>
        <translation>Клиент, қала немесе менеджер бойынша сүзу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="93" />
        <source>Recompute</source>
        <translation>Қайта есептеу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="94" />
        <source>Compute the worklist again from the order history</source>
        <translation>Жұмыс тізімін тапсырыстар тарихы бойынша қайта есептеу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="116" />
        <source>Open this list to compute the sleeping clients.</source>
        <translation>Енжар клиенттерді есептеу үшін осы тізімді ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="144" />
        <source>Computing the sleeping clients from the order history…</source>
        <translation>Енжар клиенттер тапсырыстар тарихы бойынша есептелуде…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="164" />
        <source>%d sleeping clients, %s lost against their usual orders; Enter calls the client</source>
        <translation>Енжар клиенттер: %d, әдеттегі тапсырыстармен салыстырғанда жоғалған сома: %s; Enter клиентке қоңырау шалады</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="178" />
        <source>The worklist could not be computed: %s</source>
        <translation>Жұмыс тізімін есептеу мүмкін болмады: %s</translation>
    </message>
</context>
</TS>