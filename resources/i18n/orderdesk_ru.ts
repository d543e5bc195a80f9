<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddCallbackDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="331" />
        <source>Add a callback</source>
        <translation>Добавить перезвон</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="339" />
        <source>14:00-16:00, tomorrow 10:00-12:00, +1h; empty: now</source>
        <translation>14:00-16:00, завтра 10:00-12:00, +1ч; пусто: сейчас</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="351" />
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="355" />
        <source>&amp;Phone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="356" />
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="357" />
        <source>&amp;When (local time):</source>
        <translation>&amp;Когда (местное время):</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="359" />
        <source>N&amp;ote:</source>
        <translation>&amp;Заметка:</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="107" />
        <source>anyone</source>
        <translation>все</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="169" />
        <source>Events: %s</source>
        <translation>Событий: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="172" />
        <source>only the latest shown: narrow the period or a filter (the export has all)</source>
        <translation>показаны только последние: сузьте период или фильтр (в выгрузке — все)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="188" />
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="189" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="190" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="191" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="192" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="193" />
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="194" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="203" />
        <source>Export the audit</source>
        <translation>Выгрузить аудит</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="203" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="212" />
        <source>Events saved: %s, to %s</source>
        <translation>Сохранено событий: %s, в %s</translation>
    </message>
    <message>
        <location filename="../../forms/audit_window.ui" line="6" />
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../forms/audit_window.ui" line="10" />
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../forms/audit_window.ui" line="12" />
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location filename="../../forms/audit_window.ui" line="14" />
        <source>&amp;Person:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <location filename="../../forms/audit_window.ui" line="16" />
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../forms/audit_window.ui" line="18" />
        <source>Only the &amp;client on screen</source>
        <translation>Только &amp;клиент на экране</translation>
    </message>
    <message>
        <location filename="../../forms/audit_window.ui" line="30" />
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Выгрузить в Excel…</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <location filename="../../orderdesk_gui/ui/board_actions.py" line="30" />
        <source>Live &amp;board</source>
        <translation>Табло &amp;смены</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_actions.py" line="38" />
        <source>&amp;Audit log…</source>
        <translation>Журнал &amp;аудита…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_actions.py" line="45" />
        <source>Desk &amp;reports…</source>
        <translation>&amp;Отчёты пульта…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_actions.py" line="52" />
        <source>&amp;Promotions and special items…</source>
        <translation>&amp;Акции и спецтовары…</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="142" />
        <source>%s · signed in: %d · on a call: %d · callbacks due: %d, of them overdue: %d</source>
        <translation>%s · в системе: %d · на звонке: %d · перезвонов к сроку: %d, из них просрочено: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="153" />
        <source>Today: %s calls, talk time %s, %s orders for %s, offers accepted %s of %s</source>
        <translation>Сегодня: звонков %s, время разговоров %s, заказов %s на %s, предложений принято %s из %s</translation>
    </message>
    <message>
        <location filename="../../forms/board_window.ui" line="6" />
        <source>Live board</source>
        <translation>Табло смены</translation>
    </message>
</context>
<context>
    <name>CallOutcomeDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="55" />
        <source>Outcome of the call</source>
        <translation>Итог звонка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="69" />
        <source>Written by the order's completion (F10)</source>
        <translation>Записывается при оформлении заказа (F10)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="79" />
        <source>Transferred &amp;to:</source>
        <translation>&amp;Кому переведён:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="83" />
        <source>Call &amp;back at:</source>
        <translation>&amp;Перезвонить в:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="86" />
        <source>14:30, tomorrow 10:00, 2026-11-23 14:30, +2h</source>
        <translation>14:30, завтра 10:00, 23.11.2026 14:30, +2ч</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="92" />
        <source>Anything worth knowing next time</source>
        <translation>Что стоит знать в следующий раз</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="93" />
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="102" />
        <source>Close the call</source>
        <translation>Завершить звонок</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="117" />
        <source>Choose the outcome with its digit, then Enter.</source>
        <translation>Выберите итог цифрой и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="141" />
        <source>unknown number</source>
        <translation>номер не определён</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="144" />
        <source>Incoming call at %s, purpose: %s</source>
        <translation>Входящий звонок в %s, цель: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="146" />
        <source>Outgoing call at %s, purpose: %s</source>
        <translation>Исходящий звонок в %s, цель: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="165" />
        <source>ext.</source>
        <translation>доб.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="181" />
        <source>No order was completed on this call.</source>
        <translation>За этот звонок ни один заказ не оформлен.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="190" />
        <source>&amp;Why did they refuse?</source>
        <translation>Почему &amp;отказались?</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="191" />
        <source>&amp;Reason of the transfer:</source>
        <translation>П&amp;ричина перевода:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="192" />
        <source>&amp;What to call about:</source>
        <translation>&amp;Тема перезвона:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="193" />
        <source>&amp;Order number:</source>
        <translation>&amp;Номер заказа:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="194" />
        <source>&amp;Detail:</source>
        <translation>&amp;Детали:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="276" />
        <source>Choose the outcome of the call (digits 1–8).</source>
        <translation>Выберите итог звонка (цифры 1–8).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="290" />
        <source>Choose the person the call was transferred to.</source>
        <translation>Выберите, на кого переведён звонок.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/call_outcome_dialog.py" line="317" />
        <source>The call could not be closed: %s</source>
        <translation>Не удалось завершить звонок: %s</translation>
    </message>
</context>
<context>
    <name>CallTimerLabel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="512" />
        <source>no call</source>
        <translation>нет звонка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="528" />
        <source>call %s</source>
        <translation>звонок %s</translation>
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
        <translation>сайт</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="54" />
        <source>command line</source>
        <translation>командная строка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="55" />
        <source>CSV file</source>
        <translation>файл CSV</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="72" />
        <source>to the head: %s</source>
        <translation>руководителю: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="73" />
        <source>sales head</source>
        <translation>руководитель продаж</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="78" />
        <source>due now</source>
        <translation>пора звонить</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="80" />
        <source>due, %d min late</source>
        <translation>пора, опоздание %d мин</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="83" />
        <source>due since %s</source>
        <translation>пора с %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="87" />
        <source>at %s</source>
        <translation>в %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="112" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="113" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="115" />
        <source>Name / client</source>
        <translation>Имя / клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="117" />
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="120" />
        <source>Window</source>
        <translation>Удобное время</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="121" />
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="123" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="127" />
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="241" />
        <source>Callback queue: %s</source>
        <translation>Очередь перезвонов: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="252" />
        <source>%d due now, %d later</source>
        <translation>пора звонить: %d, позже: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="255" />
        <source>%d passed to the head of sales</source>
        <translation>передано руководителю продаж: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="260" />
        <source>Ctrl+B calls the next one, Ctrl+Shift+B adds one</source>
        <translation>Ctrl+B — следующий звонок, Ctrl+Shift+B — добавить</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="270" />
        <source>callbacks due: %d</source>
        <translation>пора перезвонить: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="274" />
        <source>no callbacks due</source>
        <translation>перезвонов нет</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="283" />
        <source>Callback file %s: %d added, %d updated</source>
        <translation>Файл перезвонов %s: добавлено %d, обновлено %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="288" />
        <source>line %d: %s</source>
        <translation>строка %d: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="294" />
        <source>The callback file %s was rejected; nothing was imported from it.</source>
        <translation>Файл перезвонов %s отклонён; из него ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="314" />
        <source>The callback queue is empty.</source>
        <translation>Очередь перезвонов пуста.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="315" />
        <source>No callback is due; the next one at %s</source>
        <translation>Перезванивать пока некому; следующий в %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="462" />
        <source>Callback request added</source>
        <translation>Заявка на перезвон добавлена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="469" />
        <source>Callback due: %s, %s</source>
        <translation>Пора перезвонить: %s, %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="474" />
        <source>(and %d more)</source>
        <translation>(и ещё %d)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="477" />
        <source>OrderDesk: callback due</source>
        <translation>OrderDesk: пора перезвонить</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/callbacks_panel.py" line="493" />
        <source>Callback file rejected</source>
        <translation>Файл перезвонов отклонён</translation>
    </message>
</context>
<context>
    <name>CallerController</name>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="155" />
        <source>%s is calling: close the current call first</source>
        <translation>Звонит %s: сначала завершите текущий звонок</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="173" />
        <source>Several clients have %s: choose one</source>
        <translation>Номер %s у нескольких клиентов: выберите</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="223" />
        <source>New call opened</source>
        <translation>Открыт новый звонок</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="243" />
        <source>dial %s</source>
        <translation>наберите %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="251" />
        <source>Callback</source>
        <translation>Перезвон</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="279" />
        <source>Call purpose: %s</source>
        <translation>Цель звонка: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="285" />
        <source>No client on screen: nothing to transfer.</source>
        <translation>Клиент не выбран: переводить некого.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="289" />
        <source>The proposal is to take the call here, not to transfer it.</source>
        <translation>Звонок нужно принять самому, а не переводить.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="297" />
        <source>ext.</source>
        <translation>доб.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="298" />
        <source>Transferred to %s</source>
        <translation>Переведено на %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="312" />
        <source>No client on screen.</source>
        <translation>Клиент не выбран.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="316" />
        <source>Consultation with the head of sales</source>
        <translation>Консультация с руководителем продаж</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="317" />
        <source>What was asked, and what did the head decide?</source>
        <translation>О чём спросили и что решил руководитель?</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="326" />
        <source>Consultation with %s noted on the call</source>
        <translation>Консультация с руководителем продаж записана в звонок: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="346" />
        <source>Find the client first (F3).</source>
        <translation>Сначала найдите клиента (F3).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="366" />
        <source>Order started for %s</source>
        <translation>Начат заказ для %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="440" />
        <source>No call is open.</source>
        <translation>Нет открытого звонка.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="454" />
        <source>%d of your calls were left open (the oldest at %s): F12 records their outcome</source>
        <translation>Незавершённых звонков: %d (самый ранний в %s): F12 — записать итог</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="475" />
        <source>Call closed: %s</source>
        <translation>Звонок завершён: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/caller.py" line="488" />
        <source>%s is waiting: F12 closes the current call</source>
        <translation>Ждёт %s: F12 завершит текущий звонок</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="43" />
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="43" />
        <source>Product reference sheet</source>
        <translation>Справочный лист товаров</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="46" />
        <source>Prices of %1 (their price column and today's promotions).</source>
        <translation>Цены для %1 (колонка цен клиента и сегодняшние акции).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="48" />
        <source>Base price column: no client is on screen.</source>
        <translation>Базовая колонка цен: клиент не выбран.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="50" />
        <source>Certificates, pack sizes, shelf life, weights and barcodes.</source>
        <translation>Сертификаты, упаковки, сроки годности, вес и штрихкоды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="55" />
        <source>Product groups</source>
        <translation>Группы товаров</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="56" />
        <source>Only &amp;new products</source>
        <translation>Только &amp;новинки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="57" />
        <source>Only &amp;promotions</source>
        <translation>Только &amp;акции</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="58" />
        <source>Only the products of the current &amp;order</source>
        <translation>Только товары текущего &amp;заказа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="70" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="73" />
        <source>&amp;Groups (none ticked: all):</source>
        <translation>&amp;Группы (ничего не отмечено — все):</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="81" />
        <source>Pre&amp;view…</source>
        <translation>&amp;Просмотр…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="84" />
        <source>Save &amp;PDF…</source>
        <translation>Сохранить &amp;PDF…</translation>
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
        <translation>Колонка цен:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="71" />
        <source>Credit terms:</source>
        <translation>Условия кредита:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="77" />
        <source>Delivery:</source>
        <translation>Доставка:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="83" />
        <source>BIN/IIN:</source>
        <translation>БИН/ИИН:</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="93" />
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="102" />
        <source>Last orders</source>
        <translation>Последние заказы</translation>
    </message>
    <message>
        <location filename="../../forms/client_card.ui" line="112" />
        <source>Calls of this client</source>
        <translation>Звонки клиента</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="29" />
        <source>OK: orders may be taken</source>
        <translation>OK: заказ можно принимать</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="32" />
        <source>CAUTION: close to the limit or due soon</source>
        <translation>ВНИМАНИЕ: близко к лимиту или скоро срок оплаты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="36" />
        <source>STOP: debt: no orders</source>
        <translation>СТОП: долг, заказы не принимаются</translation>
    </message>
</context>
<context>
    <name>ClientCardWidget</name>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="90" />
        <source>%s is on the phone with this client since %s</source>
        <translation>С этим клиентом сейчас говорит %s, с %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="100" />
        <source>Unknown number %s</source>
        <translation>Неизвестный номер %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="102" />
        <source>No client has this number. Ctrl+N creates a potential client with it; F3 searches.</source>
        <translation>Этого номера нет ни у одного клиента. Ctrl+N создаёт потенциального клиента с ним; F3 — поиск.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="109" />
        <source>No client on screen</source>
        <translation>Клиент не выбран</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="111" />
        <source>Type a phone number, client code, BIN/IIN or part of the name above.</source>
        <translation>Введите выше телефон, код клиента, БИН/ИИН или часть названия.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="146" />
        <location filename="../../orderdesk_gui/ui/client_card.py" line="226" />
        <source>until %s</source>
        <translation>до %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="149" />
        <source>not assigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="152" />
        <source>limit %s, payment within %d days</source>
        <translation>лимит %s, отсрочка %d дн.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="164" />
        <source>fax %s</source>
        <translation>факс %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="167" />
        <source>receives goods</source>
        <translation>принимает товар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="169" />
        <source>no contacts</source>
        <translation>нет контактов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="174" />
        <source>Last orders</source>
        <translation>Последние заказы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="176" />
        <source>Last orders (last cancelled: %s, %s%s)</source>
        <translation>Последние заказы (последний отменённый: %s, %s%s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orderdesk_gui/ui/client_card.py" line="193" />
        <source>Open complaints, claims or wishes: %n</source>
        <translation>
            <numerusform>Открытые жалобы, претензии, пожелания: %n</numerusform>
            <numerusform>Открытые жалобы, претензии, пожелания: %n</numerusform>
            <numerusform>Открытые жалобы, претензии, пожелания: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="197" />
        <source>Owed &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Долг &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="199" />
        <source>orders not yet invoiced &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>заказы без счёта &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="202" />
        <source>overdue &lt;b&gt;%s&lt;/b&gt;, oldest %d days</source>
        <translation>просрочено &lt;b&gt;%s&lt;/b&gt;, старейшая %d дн.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="206" />
        <source>&lt;b&gt;%s over the limit&lt;/b&gt;</source>
        <translation>&lt;b&gt;сверх лимита %s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="209" />
        <source>headroom &lt;b&gt;%s&lt;/b&gt; of %s</source>
        <translation>запас &lt;b&gt;%s&lt;/b&gt; из %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="212" />
        <source>due within days: %s</source>
        <translation>к оплате в ближайшие дни: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="220" />
        <source>no key-account manager available</source>
        <translation>нет свободного менеджера по ключевым клиентам</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="222" />
        <source>nobody assigned</source>
        <translation>никто не назначен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="222" />
        <source>nobody available</source>
        <translation>никого нет</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="228" />
        <source>substitute: %s</source>
        <translation>замещает: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="233" />
        <source>Take the order here</source>
        <translation>Примите заказ сами</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="237" />
        <source>Then pass to %s to assign a manager.</source>
        <translation>Затем передайте для назначения менеджера: %s.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="243" />
        <source>Nobody available</source>
        <translation>Никого нет на месте</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="247" />
        <source>Offer a callback.</source>
        <translation>Предложите перезвонить.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="251" />
        <source>(ext. %s)</source>
        <translation>(доб. %s)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="252" />
        <source>Debt: transfer to %s</source>
        <translation>Долг: переведите на %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_card.py" line="252" />
        <source>Transfer to %s</source>
        <translation>Переведите на %s</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/client_dialog.py" line="46" />
        <source>the office's language</source>
        <translation>язык офиса</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_dialog.py" line="63" />
        <source>Edit client card</source>
        <translation>Изменить карточку клиента</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_dialog.py" line="63" />
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/client_dialog.py" line="91" />
        <source>(not assigned)</source>
        <translation>(не назначен)</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="6" />
        <source>Client card</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="10" />
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="12" />
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="14" />
        <source>&amp;Phone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="16" />
        <source>&amp;BIN/IIN:</source>
        <translation>&amp;БИН/ИИН:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="18" />
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="20" />
        <source>&amp;City, region:</source>
        <translation>&amp;Город, регион:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="27" />
        <source>&amp;Delivery address:</source>
        <translation>Адрес &amp;доставки:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="29" />
        <source>S&amp;hipping details:</source>
        <translation>Реквизиты &amp;отгрузки:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="31" />
        <source>Credit &amp;limit, payment days:</source>
        <translation>&amp;Лимит, отсрочка (дн.):</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="38" />
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="40" />
        <source>N&amp;otes:</source>
        <translation>З&amp;аметки:</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="42" />
        <source>Documents in (&amp;language):</source>
        <translation>Документы на (&amp;языке):</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="48" />
        <source>Contacts (phones separated by commas; tick who may receive goods):</source>
        <translation>Контакты (телефоны через запятую; отметьте, кто принимает товар):</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="54" />
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="55" />
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="56" />
        <source>Phones</source>
        <translation>Телефоны</translation>
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
        <translation>Принимает товар</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="64" />
        <source>&amp;Add contact</source>
        <translation>&amp;Добавить контакт</translation>
    </message>
    <message>
        <location filename="../../forms/client_dialog.ui" line="65" />
        <source>&amp;Remove contact</source>
        <translation>&amp;Удалить контакт</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="108" />
        <source>Register a complaint, claim or wish</source>
        <translation>Регистрация жалобы, претензии или пожелания</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="111" />
        <source>Client: %s</source>
        <translation>Клиент: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="114" />
        <source>No client on screen: registered without a client (find the client first to link it).</source>
        <translation>Клиент не выбран: обращение будет без клиента (чтобы привязать, сначала найдите клиента).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="130" />
        <source>What the client says, in their words</source>
        <translation>Что говорит клиент, его словами</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="133" />
        <source>no order: in general</source>
        <translation>без заказа: в целом</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="137" />
        <source>line numbers of the order, e.g. 1, 4</source>
        <translation>номера строк заказа, например 1, 4</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="145" />
        <source>by category (usual department)</source>
        <translation>по категории (обычный отдел)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="147" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="148" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="149" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="150" />
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="151" />
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="152" />
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="160" />
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="199" />
        <source>Write what the client says.</source>
        <translation>Запишите, что говорит клиент.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="203" />
        <source>The text is too long (at most %d characters).</source>
        <translation>Текст слишком длинный (не более %d символов).</translation>
    </message>
</context>
<context>
    <name>ComplaintsDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="251" />
        <source>Complaints, claims and wishes of my department</source>
        <translation>Жалобы, претензии и пожелания моего отдела</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="259" />
        <source>Resolved too</source>
        <translation>Включая решённые</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="278" />
        <source>Resolution: what was done for the client</source>
        <translation>Решение: что сделано для клиента</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="280" />
        <source>&amp;Take it</source>
        <translation>&amp;Взять в работу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="282" />
        <source>&amp;Resolve</source>
        <translation>&amp;Решено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="315" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="351" />
        <source>%d items: %d open, %d taken</source>
        <translation>Всего: %d, открыто: %d, в работе: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="358" />
        <source>Nothing waits for your department.</source>
        <translation>Для Вашего отдела ничего нет.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="387" />
        <source>Client: %s</source>
        <translation>Клиент: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="390" />
        <source>Order: %s</source>
        <translation>Заказ: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="392" />
        <source>lines %s</source>
        <translation>строки %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="394" />
        <source>Registered by %s, %s</source>
        <translation>Зарегистрировано: %s, %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="395" />
        <source>Department: %s</source>
        <translation>Отдел: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="399" />
        <source>Resolution (%s): %s</source>
        <translation>Решение (%s): %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="424" />
        <source>No. %d is yours now.</source>
        <translation>№ %d теперь у Вас в работе.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="437" />
        <source>Write the resolution first: what was done for the client.</source>
        <translation>Сначала запишите решение: что сделано для клиента.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="444" />
        <source>No. %d resolved.</source>
        <translation>№ %d решено.</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="18" />
        <source>cash</source>
        <translation>наличные</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="19" />
        <source>bank transfer</source>
        <translation>перечисление</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="20" />
        <source>on account</source>
        <translation>в счёт лимита</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="21" />
        <source>card</source>
        <translation>карта</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="40" />
        <source>&lt;b&gt;%s&lt;/b&gt;: %d lines, &lt;b&gt;%s&lt;/b&gt;, %s kg; offered %d of %d</source>
        <translation>&lt;b&gt;%s&lt;/b&gt;: строк %d, &lt;b&gt;%s&lt;/b&gt;, %s кг; предложено %d из %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="68" />
        <source>Over the credit limit by %s with this order: only payment at once (%s) can be accepted.</source>
        <translation>С этим заказом кредитный лимит превышен на %s: можно принять только оплату сразу (%s).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="79" />
        <source>Invoice, waybill</source>
        <translation>Счёт-фактура, накладная</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="116" />
        <source>The debt gate is red with this order: %s</source>
        <translation>С этим заказом долг в красной зоне: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/completion_dialog.py" line="124" />
        <source>%s approved the order up to %s: press Save (Enter).</source>
        <translation>%s одобрил(а) заказ на сумму до %s: нажмите «Сохранить» (Enter).</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="6" />
        <source>Complete the order</source>
        <translation>Оформление заказа</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="16" />
        <source>&amp;Delivery date:</source>
        <translation>&amp;Дата доставки:</translation>
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
        <translation>&amp;Получатель:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="20" />
        <source>The receiver &amp;will be present (Space)</source>
        <translation>Получатель &amp;будет на месте (пробел)</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="21" />
        <source>Pa&amp;yment:</source>
        <translation>&amp;Оплата:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="23" />
        <source>Doc&amp;uments to sign:</source>
        <translation>Доку&amp;менты на подпись:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="25" />
        <source>&amp;Pickup on:</source>
        <translation>&amp;Самовывоз:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="27" />
        <source>S&amp;hipping details:</source>
        <translation>Реквизиты &amp;отгрузки:</translation>
    </message>
    <message>
        <location filename="../../forms/completion_dialog.ui" line="29" />
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
</context>
<context>
    <name>DailyReportDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="165" />
        <source>Daily report</source>
        <translation>Дневной отчёт</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="177" />
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="178" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="181" />
        <source>Pre&amp;view…</source>
        <translation>&amp;Просмотр…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/catalogue_dialogs.py" line="184" />
        <source>Save &amp;PDF…</source>
        <translation>Сохранить &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>DeskReport</name>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="42" />
        <source>Desk report</source>
        <translation>Отчёт пульта</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="43" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="44" />
        <source>Whole desk</source>
        <translation>Весь пульт</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="45" />
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="46" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="47" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="48" />
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="49" />
        <source>Calls in</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="50" />
        <source>Calls out</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="51" />
        <source>Talk time</source>
        <translation>Время разговоров</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="52" />
        <source>Average call</source>
        <translation>Средний звонок</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="53" />
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="54" />
        <source>Orders sum</source>
        <translation>Сумма заказов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="55" />
        <source>Offers made</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="56" />
        <source>Offers accepted</source>
        <translation>Принято предложений</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="57" />
        <source>Added by offers</source>
        <translation>Добавлено предложениями</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="58" />
        <source>Transfers</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="59" />
        <source>Callback calls</source>
        <translation>Звонки по перезвонам</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="60" />
        <source>Callbacks reached</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="61" />
        <source>Stopped at the debt gate</source>
        <translation>Остановлено по долгу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="62" />
        <source>Overrides</source>
        <translation>Разрешения сверх долга</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="63" />
        <source>Sleeping clients called</source>
        <translation>Звонки спящим клиентам</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="64" />
        <source>Reactivated</source>
        <translation>Вернулись</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="65" />
        <source>Task calls done</source>
        <translation>Звонки по заданиям</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="66" />
        <source>Complaints filed</source>
        <translation>Жалоб принято</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="67" />
        <source>Signed in</source>
        <translation>В системе</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="68" />
        <source>On calls</source>
        <translation>На звонках</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="69" />
        <source>Away</source>
        <translation>Отошёл</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="70" />
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="71" />
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="72" />
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="73" />
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="74" />
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="75" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="76" />
        <source>Calls by hour</source>
        <translation>Звонки по часам</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="77" />
        <source>By day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="78" />
        <source>Calls by outcome</source>
        <translation>Звонки по итогам</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="79" />
        <source>Transfers by reason</source>
        <translation>Переводы по причинам</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="80" />
        <source>Callback requests</source>
        <translation>Просьбы перезвонить</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="81" />
        <source>Requested</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="82" />
        <source>Answered</source>
        <translation>Перезвонили</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="83" />
        <source>of them after their window</source>
        <translation>из них позже срока</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="84" />
        <source>Passed to a head</source>
        <translation>Переданы руководителю</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="85" />
        <source>Still open</source>
        <translation>Ещё открыты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="86" />
        <source>Cancelled</source>
        <translation>Отменены</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="87" />
        <source>Complaints by category</source>
        <translation>Жалобы по категориям</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="88" />
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="89" />
        <source>Filed</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="90" />
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="91" />
        <source>Hours to resolve, average</source>
        <translation>Часов до решения, в среднем</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="92" />
        <source>Operator hours by day</source>
        <translation>Часы операторов по дням</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="93" />
        <source>Operator hours by month</source>
        <translation>Часы операторов по месяцам</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="94" />
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="95" />
        <source>Durations in hours</source>
        <translation>Длительности в часах</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="98" />
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="99" />
        <source>this week</source>
        <translation>эта неделя</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="100" />
        <source>this month</source>
        <translation>этот месяц</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="101" />
        <source>last month</source>
        <translation>прошлый месяц</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="102" />
        <source>the last 12 months</source>
        <translation>последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="103" />
        <source>any period</source>
        <translation>любой период</translation>
    </message>
</context>
<context>
    <name>DeskReportWindow</name>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="176" />
        <source>the whole desk, by operator</source>
        <translation>весь пульт, по операторам</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="288" />
        <source>Counting…</source>
        <translation>Считаю…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="328" />
        <source>%s: calls in %s, out %s; orders %s for %s; offers accepted %s of %s</source>
        <translation>%s: входящих %s, исходящих %s; заказов %s на %s; принято предложений %s из %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="370" />
        <source>hours</source>
        <translation>часы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="458" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="458" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="459" />
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/desk_report_window.py" line="483" />
        <source>Saved to %s</source>
        <translation>Сохранено в %s</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="6" />
        <source>Desk reports</source>
        <translation>Отчёты пульта</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="10" />
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="12" />
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="14" />
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="16" />
        <source>&amp;Operator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="24" />
        <source>1 Operators</source>
        <translation>1 Операторы</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="30" />
        <source>2 Calls by hour</source>
        <translation>2 Звонки по часам</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="34" />
        <source>3 By day</source>
        <translation>3 По дням</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="38" />
        <source>4 Outcomes and transfers</source>
        <translation>4 Итоги и переводы</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="44" />
        <source>5 Callbacks and complaints</source>
        <translation>5 Перезвоны и жалобы</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="51" />
        <source>6 Operator hours</source>
        <translation>6 Часы операторов</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="53" />
        <source>Each &amp;day (not by month)</source>
        <translation>По &amp;дням (не по месяцам)</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="64" />
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Выгрузить в Excel…</translation>
    </message>
    <message>
        <location filename="../../forms/desk_report_window.ui" line="65" />
        <source>Save as P&amp;DF…</source>
        <translation>Сохранить в P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="72" />
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="75" />
        <source>&amp;Print order confirmation…</source>
        <translation>&amp;Печать подтверждения заказа…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="76" />
        <source>&amp;Save confirmation as PDF…</source>
        <translation>&amp;Сохранить подтверждение в PDF…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="77" />
        <source>&amp;E-mail confirmation…</source>
        <translation>Подтверждение по &amp;e-mail…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="78" />
        <source>&amp;Fax sheet…</source>
        <translation>Лист для &amp;факса…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="79" />
        <source>What was sent for this &amp;order…</source>
        <translation>Что отправлено по этому &amp;заказу…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="81" />
        <source>P&amp;rice list…</source>
        <translation>П&amp;райс-лист…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="82" />
        <source>Product &amp;reference sheet…</source>
        <translation>Справочный &amp;лист товаров…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="84" />
        <source>&amp;Daily report (PDF)…</source>
        <translation>&amp;Дневной отчёт (PDF)…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="120" />
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="140" />
        <source>Find the client first (F3): their latest order is printed.</source>
        <translation>Сначала найдите клиента (F3): печатается его последний заказ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="146" />
        <source>%1 has no accepted order yet.</source>
        <translation>У клиента %1 ещё нет принятых заказов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="154" />
        <source>Order confirmation %1</source>
        <translation>Подтверждение заказа %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="188" />
        <source>The daily report is for department heads.</source>
        <translation>Дневной отчёт доступен только руководителям отделов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="220" />
        <source>Print preview: %1</source>
        <translation>Предпросмотр печати: %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="233" />
        <source>%1 sent to the printer.</source>
        <translation>%1: отправлено на печать.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="255" />
        <location filename="../../orderdesk_gui/ui/documents.py" line="266" />
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="255" />
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="267" />
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="271" />
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="277" />
        <source>%1 e-mailed to %2</source>
        <translation>%1: отправлено по e-mail на %2</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="372" />
        <source>Fax order %1 to %2</source>
        <translation>Факс по заказу %1: %2</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/documents.py" line="375" />
        <location filename="../../orderdesk_gui/ui/documents.py" line="401" />
        <source>Fax sent to %1</source>
        <translation>Факс отправлен на %1</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="58" />
        <source>E-mail a document</source>
        <translation>Отправить документ по e-mail</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="62" />
        <source>name@example.kz; several separated by ;</source>
        <translation>name@example.kz; несколько адресов через ;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="66" />
        <source>Good day,

please find %1 attached.

Kind regards,
%2
%3</source>
        <translation>Добрый день!

Во вложении: %1.

С уважением,
%2
%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="72" />
        <source>Attached: %1.pdf, %n page(s)</source>
        <translation>
            <numerusform>Вложение: %1.pdf, %n страница</numerusform>
            <numerusform>Вложение: %1.pdf, %n страницы</numerusform>
            <numerusform>Вложение: %1.pdf, %n страниц</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="78" />
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="79" />
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="80" />
        <source>&amp;Text:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="82" />
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="104" />
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="18" />
        <source>groups</source>
        <translation>группы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="19" />
        <source>products</source>
        <translation>товары</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="20" />
        <source>price columns</source>
        <translation>колонки цен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="21" />
        <source>prices</source>
        <translation>цены</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="22" />
        <source>stock</source>
        <translation>остатки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="23" />
        <source>promotions</source>
        <translation>акции</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="24" />
        <source>clients</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="25" />
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="26" />
        <source>phones</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="27" />
        <source>receivables</source>
        <translation>долги</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="28" />
        <source>invoiced orders</source>
        <translation>заказы со счетами</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="29" />
        <source>orders</source>
        <translation>заказы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="32" />
        <source>%1 new</source>
        <translation>новых — %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="33" />
        <source>%1 changed</source>
        <translation>изменено — %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="34" />
        <source>%1 deactivated</source>
        <translation>отключено — %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="35" />
        <source>%1 unchanged</source>
        <translation>без изменений — %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="38" />
        <source>applied</source>
        <translation>применён</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="39" />
        <source>preview</source>
        <translation>предпросмотр</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="40" />
        <source>refused</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="41" />
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="42" />
        <source>already imported</source>
        <translation>уже загружен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="45" />
        <source>import</source>
        <translation>загрузка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="46" />
        <source>export</source>
        <translation>выгрузка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="49" />
        <source>window</source>
        <translation>окно</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="50" />
        <source>command line</source>
        <translation>командная строка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="51" />
        <source>drop folder</source>
        <translation>папка обмена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="52" />
        <source>1C over HTTP</source>
        <translation>1С по HTTP</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="55" />
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="56" />
        <source>conflict: left as entered</source>
        <translation>конфликт: оставлено как введено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="72" />
        <source>reading</source>
        <translation>чтение</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="73" />
        <source>matching</source>
        <translation>сопоставление</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="74" />
        <source>writing</source>
        <translation>запись</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="75" />
        <source>done</source>
        <translation>готово</translation>
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
        <translation>ведомость долгов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_words.py" line="121" />
        <source>nothing</source>
        <translation>ничего</translation>
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
        <translation>О&amp;бмен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_actions.py" line="36" />
        <source>&amp;Import from accounting…</source>
        <translation>&amp;Загрузка из бухгалтерии…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_actions.py" line="37" />
        <source>Exchange &amp;log</source>
        <translation>&amp;Журнал обмена</translation>
    </message>
</context>
<context>
    <name>ExchangeLogDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="111" />
        <source>Exchange log</source>
        <translation>Журнал обмена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="122" />
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="127" />
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="160" />
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="161" />
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="162" />
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="163" />
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="171" />
        <source>Imports and exports, newest first (&amp;list):</source>
        <translation>Загрузки и выгрузки, сначала новые (списо&amp;к):</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="173" />
        <source>&amp;Rejected rows and conflicts:</source>
        <translation>&amp;Отклонённые строки и конфликты:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="177" />
        <source>Counts by kind:</source>
        <translation>Количество по видам:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="230" />
        <source>Nothing was imported or exported in this period.</source>
        <translation>За этот период ничего не загружалось и не выгружалось.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="260" />
        <source>%1 rows rejected; the first %2 are kept in the log.</source>
        <translation>Отклонено строк: %1; в журнале сохранены первые %2.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="265" />
        <source>Conflicts, the desk's data kept: %1</source>
        <translation>Конфликты (оставлено введённое у нас): %1</translation>
    </message>
</context>
<context>
    <name>FaxDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="133" />
        <source>Send a fax</source>
        <translation>Отправить факс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="136" />
        <source>the client's fax number, e.g. +7 727 250 11 22</source>
        <translation>номер факса клиента, например +7 727 250 11 22</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="144" />
        <source>Fax &amp;number:</source>
        <translation>&amp;Номер факса:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="146" />
        <source>&amp;Message on the cover:</source>
        <translation>&amp;Текст на титульном листе:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="149" />
        <source>Pages:</source>
        <translation>Страниц:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="151" />
        <source>&amp;Send fax</source>
        <translation>&amp;Отправить факс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="154" />
        <source>Pre&amp;view pages…</source>
        <translation>&amp;Просмотр страниц…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="157" />
        <source>The pages exactly as the fax will send them</source>
        <translation>Страницы точно такими, какими их отправит факс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="175" />
        <source>counting…</source>
        <translation>подсчёт…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="180" />
        <source>%n page(s) including the cover</source>
        <translation>
            <numerusform>%n страница с титульным листом</numerusform>
            <numerusform>%n страницы с титульным листом</numerusform>
            <numerusform>%n страниц с титульным листом</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="189" />
        <source>Type the fax number.</source>
        <translation>Введите номер факса.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="198" />
        <source>Sending the fax…</source>
        <translation>Отправка факса…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="207" />
        <source>Making the fax pages…</source>
        <translation>Готовим страницы факса…</translation>
    </message>
</context>
<context>
    <name>FaxPreviewDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="231" />
        <source>Fax preview: %1</source>
        <translation>Просмотр факса: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="241" />
        <source>%n page(s), as the fax sends them</source>
        <translation>
            <numerusform>%n страница, как её отправит факс</numerusform>
            <numerusform>%n страницы, как их отправит факс</numerusform>
            <numerusform>%n страниц, как их отправит факс</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/send_dialogs.py" line="249" />
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>Followups</name>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="69" />
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="20" />
        <source>order taken</source>
        <translation>заказ принят</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="21" />
        <source>information given</source>
        <translation>справка дана</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="22" />
        <source>transferred</source>
        <translation>переведён</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="23" />
        <source>consulted</source>
        <translation>консультация</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="24" />
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="25" />
        <source>busy</source>
        <translation>занято</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="26" />
        <source>refused</source>
        <translation>отказ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="27" />
        <location filename="../../orderdesk_gui/ui/words.py" line="29" />
        <source>callback scheduled</source>
        <translation>назначен перезвон</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="28" />
        <source>answered</source>
        <translation>ответ получен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="30" />
        <source>complaint registered</source>
        <translation>жалоба зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="33" />
        <source>complaint</source>
        <translation>жалоба</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="34" />
        <source>claim</source>
        <translation>претензия</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="35" />
        <source>wish</source>
        <translation>пожелание</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="38" />
        <source>quality of goods</source>
        <translation>качество товара</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="39" />
        <source>shortage or wrong goods</source>
        <translation>недостача или пересорт</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="40" />
        <source>delivery</source>
        <translation>доставка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="41" />
        <source>documents</source>
        <translation>документы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="42" />
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="43" />
        <source>service</source>
        <translation>обслуживание</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="44" />
        <source>assortment</source>
        <translation>ассортимент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="45" />
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="48" />
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="49" />
        <source>taken</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="50" />
        <source>resolved</source>
        <translation>решено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="51" />
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="52" />
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="55" />
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="56" />
        <source>yes / no</source>
        <translation>да / нет</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="57" />
        <source>choice</source>
        <translation>выбор</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="58" />
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/words.py" line="68" />
        <source>in progress</source>
        <translation>идёт</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="55" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="276" />
        <source>Calls in</source>
        <translation>Входящие звонки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="56" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="277" />
        <source>Calls out</source>
        <translation>Исходящие звонки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="63" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="278" />
        <source>Orders taken</source>
        <translation>Принято заказов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="64" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="279" />
        <source>Orders sum</source>
        <translation>Сумма заказов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="66" />
        <source>Average call time, min:s</source>
        <translation>Средняя длительность, мин:с</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="70" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="287" />
        <source>Transfers</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="77" />
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="82" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="281" />
        <source>Callbacks done</source>
        <translation>Перезвонов выполнено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="83" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="282" />
        <source>Callbacks missed</source>
        <translation>Перезвонов пропущено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="84" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="283" />
        <source>Sleeping clients called</source>
        <translation>Звонков спящим клиентам</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="86" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="284" />
        <source>Sleeping clients reactivated</source>
        <translation>Спящих клиентов вернулось</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="90" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="285" />
        <source>Complaints registered</source>
        <translation>Зарегистрировано жалоб</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="106" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="108" />
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>FollowupsController</name>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="39" />
        <source>&amp;Work</source>
        <translation>&amp;Работа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="43" />
        <source>&amp;Sleeping clients</source>
        <translation>&amp;Спящие клиенты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="45" />
        <source>Outbound &amp;tasks</source>
        <translation>Исходящие &amp;задания</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="48" />
        <source>Register a &amp;complaint, claim or wish</source>
        <translation>Зарегистрировать &amp;жалобу, претензию или пожелание</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="51" />
        <source>Complaints of &amp;my department</source>
        <translation>Жалобы &amp;моего отдела</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="56" />
        <source>Shift &amp;report</source>
        <translation>&amp;Отчёт за смену</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="61" />
        <source>Sleeping clients</source>
        <translation>Спящие клиенты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="121" />
        <source>Sleeping client</source>
        <translation>Спящий клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/followups.py" line="195" />
        <source>Complaint No. %d registered and passed to the department</source>
        <translation>Жалоба № %d зарегистрирована и передана в отдел</translation>
    </message>
</context>
<context>
    <name>FreshnessWords</name>
    <message>
        <location filename="../../orderdesk_gui/ui/freshness.py" line="31" />
        <source>Debts as of %1 today</source>
        <translation>Долги по состоянию на сегодня %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/freshness.py" line="33" />
        <source>Debts as of yesterday %1</source>
        <translation>Долги по состоянию на вчера %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/freshness.py" line="35" />
        <source>Debts as of %1</source>
        <translation>Долги по состоянию на %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/freshness.py" line="40" />
        <source>Debts never brought in from accounting: check with finance before refusing or passing</source>
        <translation>Долги из бухгалтерии ни разу не загружались: уточните в финансовом отделе, прежде чем отказать или пропустить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../orderdesk_gui/ui/freshness.py" line="46" />
        <source>%1: more than %n hours old — check with finance before refusing or passing</source>
        <translation>
            <numerusform>%1: старше %n часа — уточните в финансовом отделе, прежде чем отказать или пропустить</numerusform>
            <numerusform>%1: старше %n часов — уточните в финансовом отделе, прежде чем отказать или пропустить</numerusform>
            <numerusform>%1: старше %n часов — уточните в финансовом отделе, прежде чем отказать или пропустить</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FulfilmentDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="42" />
        <source>%d accepted orders wait for fulfilment, oldest first.</source>
        <translation>Принятых заказов в очереди на исполнение: %d (сначала старые).</translation>
    </message>
    <message>
        <location filename="../../forms/fulfilment_dialog.ui" line="6" />
        <source>Fulfilment queue</source>
        <translation>Очередь на исполнение</translation>
    </message>
</context>
<context>
    <name>GateDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="66" />
        <source>Approve the order again</source>
        <translation>Повторное одобрение заказа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="67" />
        <source>The order grew past what was approved</source>
        <translation>Заказ превысил одобренную сумму</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="68" />
        <source>&amp;Approve for this amount (Enter)</source>
        <translation>&amp;Одобрить на эту сумму (Enter)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="85" />
        <source>Transfer to %s, the manager (%s)</source>
        <translation>Перевести менеджеру %s (%s)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="85" />
        <source>Transfer to %s in finance (%s)</source>
        <translation>Перевести в финансовую службу: %s (%s)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="95" />
        <source>ext.</source>
        <translation>доб.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="103" />
        <source>Nobody in finance or the manager is available</source>
        <translation>Ни менеджера, ни финансовой службы нет на месте</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="111" />
        <source>The order is now &lt;b&gt;%s&lt;/b&gt;; approved was &lt;b&gt;%s&lt;/b&gt;.</source>
        <translation>Сейчас заказ на &lt;b&gt;%s&lt;/b&gt;; одобрено было &lt;b&gt;%s&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="116" />
        <source>%s due %s: &lt;b&gt;%s&lt;/b&gt; unpaid, &lt;b&gt;%d days&lt;/b&gt; overdue</source>
        <translation>%s, срок %s: не оплачено &lt;b&gt;%s&lt;/b&gt;, просрочка &lt;b&gt;%d дн.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="125" />
        <source>… and %d more overdue documents</source>
        <translation>… и ещё просроченных документов: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="128" />
        <source>Owed &lt;b&gt;%s&lt;/b&gt;, limit %s: &lt;b&gt;%s over the limit&lt;/b&gt;</source>
        <translation>Долг &lt;b&gt;%s&lt;/b&gt;, лимит %s: &lt;b&gt;сверх лимита %s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="152" />
        <source>Write the amount up to which the order is approved.</source>
        <translation>Укажите сумму, до которой одобрен заказ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="156" />
        <source>Write why the debt gate is overridden for this order.</source>
        <translation>Укажите причину, по которой заказ принимается несмотря на долг.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="169" />
        <source>%s may not override the debt gate: ask finance or the head of sales.</source>
        <translation>%s не может снять запрет: обратитесь в финансовую службу или к руководителю продаж.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/gate_dialog.py" line="173" />
        <source>Wrong user name or password of the approver.</source>
        <translation>Неверное имя или пароль согласующего.</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="6" />
        <source>Orders stopped by debt</source>
        <translation>Заказы остановлены из-за долга</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="10" />
        <source>✖ STOP: no order while the debt is not settled</source>
        <translation>✖ СТОП: заказ не принимается, пока долг не погашен</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="28" />
        <source>Pass the client on</source>
        <translation>Передать клиента</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="32" />
        <source>Transfer to the manager</source>
        <translation>Перевести менеджеру</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="38" />
        <source>Transfer to finance</source>
        <translation>Перевести в финансовую службу</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="47" />
        <source>Override for this order (finance or head of sales)</source>
        <translation>Разрешить этот заказ (финансы или руководитель продаж)</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="51" />
        <source>&amp;Approved by (user):</source>
        <translation>&amp;Согласовал (пользователь):</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="60" />
        <source>Their &amp;password:</source>
        <translation>Его &amp;пароль:</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="71" />
        <source>Order up to (&amp;amount):</source>
        <translation>Заказ до (&amp;сумма):</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="78" />
        <source>The most this order may reach, e.g. 150 000</source>
        <translation>Наибольшая сумма заказа, например 150 000</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="83" />
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="90" />
        <source>Why the order is taken despite the debt</source>
        <translation>Почему заказ принимается несмотря на долг</translation>
    </message>
    <message>
        <location filename="../../forms/gate_dialog.ui" line="95" />
        <source>&amp;Override and start the order (Enter)</source>
        <translation>&amp;Разрешить и начать заказ (Enter)</translation>
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
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="40" />
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="41" />
        <source>Pack</source>
        <translation>Упак.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="42" />
        <source>Last</source>
        <translation>Посл.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="43" />
        <source>2nd</source>
        <translation>2-й</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="44" />
        <source>3rd</source>
        <translation>3-й</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="45" />
        <source>4th</source>
        <translation>4-й</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="46" />
        <source>5th</source>
        <translation>5-й</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="47" />
        <source>Paid last</source>
        <translation>Посл. цена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="48" />
        <source>Price today</source>
        <translation>Цена сегодня</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="49" />
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="50" />
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="52" />
        <source>The client's last purchases of the product, newest first: quantity · day.month</source>
        <translation>Последние покупки этого товара клиентом, сначала новые: количество · день.месяц</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="212" />
        <source>In %d orders of two years, last on %s</source>
        <translation>В %d заказах за два года, последний %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="216" />
        <source>%s on %s at %s</source>
        <translation>%s — %s по цене %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="219" />
        <source>Promotion price</source>
        <translation>Цена по акции</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/guide_model.py" line="221" />
        <source>Type the quantity; Enter or ↓ puts it in the order, 0 removes the line</source>
        <translation>Введите количество; Enter или ↓ добавляет в заказ, 0 удаляет строку</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="34" />
        <source>Documents of order %1</source>
        <translation>Документы заказа %1</translation>
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
        <translation>факс через e-mail</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="41" />
        <source>printed</source>
        <translation>напечатано</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="42" />
        <source>saved as PDF</source>
        <translation>сохранено в PDF</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="45" />
        <source>confirmation</source>
        <translation>подтверждение</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="46" />
        <source>fax sheet</source>
        <translation>лист для факса</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="47" />
        <source>price list</source>
        <translation>прайс-лист</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="48" />
        <source>reference sheet</source>
        <translation>справочный лист</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="49" />
        <source>daily report</source>
        <translation>дневной отчёт</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="52" />
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="53" />
        <source>FAILED</source>
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="57" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="58" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="59" />
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="60" />
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="61" />
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="62" />
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="63" />
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/dispatch_history_dialog.py" line="71" />
        <source>Nothing was printed or sent for this order yet.</source>
        <translation>По этому заказу ещё ничего не печаталось и не отправлялось.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="110" />
        <source>Import from accounting</source>
        <translation>Загрузка из бухгалтерии</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="116" />
        <source>One file a line: import.xml and offers.xml from 1C, a debt statement (.xlsx, .csv)…</source>
        <translation>По одному файлу в строке: import.xml и offers.xml из 1С, ведомость долгов (.xlsx, .csv)…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="119" />
        <source>&amp;Files to import:</source>
        <translation>&amp;Файлы для загрузки:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="121" />
        <source>&amp;Browse… (Ctrl+O)</source>
        <translation>&amp;Выбрать… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="123" />
        <source>&amp;Preview (F5)</source>
        <translation>Пред&amp;просмотр (F5)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="125" />
        <source>Cancel the preview (Esc)</source>
        <translation>Отменить предпросмотр (Esc)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="140" />
        <source>File / records</source>
        <translation>Файл / записи</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="141" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="142" />
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="143" />
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="144" />
        <source>Deactivated</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="145" />
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="146" />
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="155" />
        <source>&amp;Counts by file and kind:</source>
        <translation>&amp;Количество по файлам и видам:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="180" />
        <source>&amp;Rejected rows and conflicts:</source>
        <translation>&amp;Отклонённые строки и конфликты:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="188" />
        <source>&amp;Apply to the database (Ctrl+Shift+Enter)</source>
        <translation>&amp;Записать в базу (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="191" />
        <source>Exchange &amp;log</source>
        <translation>&amp;Журнал обмена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="249" />
        <source>Choose the files, then Preview (F5): nothing is written until you apply.</source>
        <translation>Выберите файлы, затем Предпросмотр (F5): пока вы не запишете, в базу ничего не попадает.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="261" />
        <source>Files from accounting</source>
        <translation>Файлы из бухгалтерии</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="264" />
        <source>Accounting files (*.xml *.csv *.xlsx *.txt)</source>
        <translation>Файлы бухгалтерии (*.xml *.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="264" />
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="281" />
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="306" />
        <source>The files changed: preview them again (F5) before applying.</source>
        <translation>Файлы изменились: перед записью снова сделайте предпросмотр (F5).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="297" />
        <source>Write or choose at least one file (Ctrl+O).</source>
        <translation>Впишите или выберите хотя бы один файл (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="302" />
        <source>No such file: %1</source>
        <translation>Файл не найден: %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="313" />
        <source>Applying: each file is written whole or not at all…</source>
        <translation>Запись: каждый файл записывается целиком или не записывается вовсе…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="315" />
        <source>Reading the files; nothing is written…</source>
        <translation>Чтение файлов; ничего не записывается…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="344" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="376" />
        <source>Preview cancelled: nothing was written.</source>
        <translation>Предпросмотр отменён: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="383" />
        <source>Not applied: %1</source>
        <translation>Не записано: %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="429" />
        <source>Preview: nothing is written yet. Ctrl+Shift+Enter applies %1.</source>
        <translation>Предпросмотр: пока ничего не записано. Ctrl+Shift+Enter запишет %1.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="434" />
        <source>Refused, would not be applied: %1.</source>
        <translation>Отклонены, записаны не будут: %1.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="436" />
        <source>Already imported, nothing to apply: %1.</source>
        <translation>Уже загружены, записывать нечего: %1.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="437" />
        <source>Nothing to apply.</source>
        <translation>Записывать нечего.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="448" />
        <source>Applied: %1.</source>
        <translation>Записано: %1.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="450" />
        <source>Not applied, nothing written from: %1.</source>
        <translation>Не записаны, из них ничего не попало в базу: %1.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="451" />
        <source>Every run is in the exchange log (Alt+L).</source>
        <translation>Каждая загрузка — в журнале обмена (Alt+Ж).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="469" />
        <source>Applying: wait until it ends (each file is all or nothing).</source>
        <translation>Идёт запись: дождитесь конца (каждый файл — целиком или никак).</translation>
    </message>
</context>
<context>
    <name>InvoicingDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="85" />
        <source>%d accepted orders are not invoiced yet, oldest first: they count against their clients' credit limits until accounting invoices them (%s).</source>
        <translation>Принятых заказов без счёта-фактуры: %d, сначала самые старые. Они входят в кредитный лимит клиентов, пока бухгалтерия не выставит документы (%s).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="106" />
        <source>Choose an order in the list first.</source>
        <translation>Сначала выберите заказ в списке.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="110" />
        <source>Mark invoiced</source>
        <translation>Отметить: документы выставлены</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="112" />
        <source>Accounting has invoiced order %s of %s for %s?

From now on its invoice counts in the client's debt, not the order.</source>
        <translation>Бухгалтерия выставила документы по заказу %s клиента %s на %s?

С этого момента в долге клиента учитывается документ, а не заказ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="130" />
        <source>Order %s is marked invoiced.</source>
        <translation>Заказ %s отмечен: документы выставлены.</translation>
    </message>
    <message>
        <location filename="../../forms/invoicing_dialog.ui" line="6" />
        <source>Orders not invoiced yet</source>
        <translation>Заказы без выставленных документов</translation>
    </message>
    <message>
        <location filename="../../forms/invoicing_dialog.ui" line="15" />
        <source>&amp;Find (number or client):</source>
        <translation>&amp;Найти (номер или клиент):</translation>
    </message>
    <message>
        <location filename="../../forms/invoicing_dialog.ui" line="36" />
        <source>&amp;Mark invoiced (Ctrl+I)</source>
        <translation>&amp;Отметить: документы выставлены (Ctrl+I)</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="52" />
        <source>callback</source>
        <translation>перезвон</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="53" />
        <source>sleeping client</source>
        <translation>спящий клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="54" />
        <source>task</source>
        <translation>задание</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="68" />
        <source>transferred to %s</source>
        <translation>переведён: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="75" />
        <source>(call still open)</source>
        <translation>(звонок ещё не закрыт)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="87" />
        <source>unknown number</source>
        <translation>неизвестный номер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="199" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="200" />
        <source>%s: %d calls (%d in, %d out), %d orders taken</source>
        <translation>%s: звонков %d (входящих %d, исходящих %d), принято заказов %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="208" />
        <source>average %s</source>
        <translation>в среднем %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="212" />
        <source>%d open</source>
        <translation>не закрыто: %d</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="241" />
        <source>All operators</source>
        <translation>Все операторы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="244" />
        <source>All outcomes</source>
        <translation>Все итоги</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="245" />
        <source>Still open</source>
        <translation>Незавершённые</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="250" />
        <source>Client name or number</source>
        <translation>Клиент или номер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="256" />
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="257" />
        <source>O&amp;perator:</source>
        <translation>&amp;Оператор:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="258" />
        <source>O&amp;utcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="259" />
        <source>C&amp;lient:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="361" />
        <source>%d of %d shown</source>
        <translation>Показано %d из %d</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="32" />
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="44" />
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="68" />
        <source>Your password was reset by an administrator: choose your own (8 characters or more, not your user name, not only digits) and type it twice.</source>
        <translation>Администратор сбросил ваш пароль: придумайте свой (не короче 8 символов, не совпадает с именем пользователя, не только цифры) и введите его дважды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="92" />
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/login_dialog.py" line="94" />
        <source>Cannot sign in: %s</source>
        <translation>Не удалось войти: %s</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="6" />
        <source>OrderDesk: sign in</source>
        <translation>OrderDesk: вход</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="11" />
        <source>Sign in to take calls</source>
        <translation>Войдите, чтобы принимать звонки</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="18" />
        <source>&amp;User name:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="29" />
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="41" />
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../orderdesk_gui/ui/order_dialogs.py" line="31" />
        <source>No order is open: F4 starts one.</source>
        <translation>Заказ не открыт: F4 начинает заказ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_dialogs.py" line="47" />
        <source>Cancel the draft order</source>
        <translation>Отменить черновик заказа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_dialogs.py" line="48" />
        <source>Why is it cancelled?</source>
        <translation>Причина отмены?</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_dialogs.py" line="56" />
        <source>Choose a line of the open order first.</source>
        <translation>Сначала выберите строку открытого заказа.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_dialogs.py" line="60" />
        <location filename="../../orderdesk_gui/ui/order_dialogs.py" line="67" />
        <source>Price by hand</source>
        <translation>Цена вручную</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_dialogs.py" line="61" />
        <source>New unit price:</source>
        <translation>Новая цена за единицу:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_dialogs.py" line="68" />
        <source>Why (kept in the audit log):</source>
        <translation>Причина (сохраняется в журнале аудита):</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="218" />
        <source>Clients found: %d</source>
        <translation>Найдено клиентов: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="246" />
        <source>Order %s accepted and passed to fulfilment</source>
        <translation>Заказ %s принят и передан на исполнение</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="253" />
        <source>No client has %s: press Ctrl+N to create a potential client</source>
        <translation>Номер %s не найден: Ctrl+N создаст потенциального клиента</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="265" />
        <source>New incoming call</source>
        <translation>Новый входящий звонок</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="266" />
        <source>The caller's number (empty if not shown):</source>
        <translation>Номер звонящего (пусто, если не определился):</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="279" />
        <source>Find the client first (F3).</source>
        <translation>Сначала найдите клиента (F3).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/connection_status.py" line="51" />
        <source>connected</source>
        <translation>подключено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/connection_status.py" line="54" />
        <source>database unreachable: retrying</source>
        <translation>база данных недоступна: повторяем</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/connection_status.py" line="58" />
        <source>The connection to the database is back: what waited is being saved.</source>
        <translation>Связь с базой данных восстановлена: всё, что ждало, сохраняется.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/connection_status.py" line="62" />
        <source>The connection to the database is lost: keep typing, nothing is lost; it is saved as soon as the connection is back.</source>
        <translation>Связь с базой данных потеряна: продолжайте ввод, ничего не пропадёт; всё сохранится, как только связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/main_window.py" line="290" />
        <source>Database error: %s</source>
        <translation>Ошибка базы данных: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="114" />
        <source>About OrderDesk</source>
        <translation>О программе OrderDesk</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="111" />
        <source>OrderDesk %s
The telephone order desk of a wholesale food distributor.</source>
        <translation>OrderDesk %s
Приём заказов по телефону для оптового дистрибьютора продуктов питания.</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="6" />
        <source>OrderDesk</source>
        <translation>OrderDesk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="14" />
        <source>&amp;Caller / client:</source>
        <translation>&amp;Звонящий / клиент:</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="20" />
        <source>Phone, client code, BIN/IIN or part of the name</source>
        <translation>Телефон, код клиента, БИН/ИИН или часть названия</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="26" />
        <source>F3 search · Enter open · Esc clear</source>
        <translation>F3 поиск · Enter открыть · Esc очистить</translation>
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
        <translation>&amp;Звонок</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="111" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="118" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="183" />
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти из учётной записи</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="184" />
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="187" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="188" />
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="191" />
        <source>&amp;Find caller or client</source>
        <translation>&amp;Найти звонящего или клиента</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="192" />
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="195" />
        <source>&amp;Open selected card</source>
        <translation>&amp;Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="196" />
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="199" />
        <source>&amp;Clear search</source>
        <translation>&amp;Очистить поиск</translation>
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
        <translation>&amp;Журнал звонков</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="130" />
        <source>Calls and callbacks</source>
        <translation>Звонки и перезвоны</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="153" />
        <source>Call&amp;backs</source>
        <translation>&amp;Перезвоны</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="167" />
        <source>C&amp;lose the call (outcome)…</source>
        <translation>Завершить звонок (&amp;итог)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="168" />
        <source>F12</source>
        <translation>F12</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="171" />
        <source>New &amp;incoming call…</source>
        <translation>Новый &amp;входящий звонок…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="172" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="175" />
        <source>Call the ne&amp;xt callback</source>
        <translation>Позвонить по с&amp;ледующему перезвону</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="176" />
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="179" />
        <source>&amp;Add a callback request…</source>
        <translation>До&amp;бавить запрос на перезвон…</translation>
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
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="208" />
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="211" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="212" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="215" />
        <source>&amp;About OrderDesk</source>
        <translation>&amp;О программе OrderDesk</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="218" />
        <source>&amp;New order (debt gate)</source>
        <translation>&amp;Новый заказ (проверка долга)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="219" />
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="222" />
        <source>&amp;Transfer as proposed</source>
        <translation>&amp;Перевести по подсказке</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="223" />
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="226" />
        <source>&amp;Consult the head of sales</source>
        <translation>&amp;Консультация с руководителем</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="227" />
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="230" />
        <source>Purpose: &amp;order</source>
        <translation>Цель: &amp;заказ</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="231" />
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="234" />
        <source>Purpose: &amp;information</source>
        <translation>Цель: &amp;справка</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="235" />
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="238" />
        <source>Purpose: &amp;complaint</source>
        <translation>Цель: &amp;жалоба</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="239" />
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="242" />
        <source>Purpose: o&amp;ther</source>
        <translation>Цель: &amp;другое</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="243" />
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="246" />
        <source>&amp;New client</source>
        <translation>&amp;Новый клиент</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="247" />
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="250" />
        <source>&amp;Edit client card</source>
        <translation>&amp;Изменить карточку</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="251" />
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="254" />
        <source>Co&amp;mplete the order…</source>
        <translation>&amp;Оформить заказ…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="255" />
        <source>F10</source>
        <translation>F10</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="258" />
        <source>&amp;Repeat the last order</source>
        <translation>&amp;Повторить последний заказ</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="259" />
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="262" />
        <source>Add the &amp;usual basket</source>
        <translation>Добавить &amp;обычный набор</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="263" />
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="266" />
        <source>&amp;Undo line removal</source>
        <translation>&amp;Вернуть удалённую строку</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="267" />
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="270" />
        <source>Cancel the draft order…</source>
        <translation>Отменить черновик заказа…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="271" />
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="274" />
        <source>Next suggestion</source>
        <translation>Следующее предложение</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="275" />
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="278" />
        <source>Previous suggestion</source>
        <translation>Предыдущее предложение</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="279" />
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="282" />
        <source>&amp;Add the suggestion (accepted)</source>
        <translation>&amp;Добавить предложение (принято)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="283" />
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="286" />
        <source>Declined: not needed</source>
        <translation>Отказ: не нужно</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="287" />
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="290" />
        <source>Declined: price</source>
        <translation>Отказ: цена</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="291" />
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="294" />
        <source>Declined: has stock</source>
        <translation>Отказ: есть запас</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="295" />
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="298" />
        <source>Declined: other</source>
        <translation>Отказ: другое</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="299" />
        <source>Alt+4</source>
        <translation>Alt+4</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="302" />
        <source>Set the line's price by &amp;hand… (head of sales)</source>
        <translation>Задать цену строки &amp;вручную… (руководитель продаж)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="303" />
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="306" />
        <source>&amp;Fulfilment queue</source>
        <translation>&amp;Очередь на исполнение</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="307" />
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="310" />
        <source>Orders not &amp;invoiced yet… (finance)</source>
        <translation>Заказы без выставленных &amp;документов… (финансы)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/focus.py" line="50" />
        <source>Go to the client &amp;card</source>
        <translation>Перейти к &amp;карточке клиента</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/focus.py" line="52" />
        <source>Go to the order &amp;lines</source>
        <translation>Перейти к стро&amp;кам заказа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/focus.py" line="56" />
        <source>Go to the &amp;offers</source>
        <translation>Перейти к пред&amp;ложениям</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="13" />
        <source>Unknown call purpose: {purpose}.</source>
        <translation>Неизвестная цель звонка: {purpose}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="14" />
        <source>Unknown call outcome: {outcome}.</source>
        <translation>Неизвестный итог звонка: {outcome}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="15" />
        <source>Unknown call source: {source}.</source>
        <translation>Неизвестный источник звонка: {source}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="16" />
        <source>The call record no longer exists.</source>
        <translation>Запись о звонке больше не существует.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="17" />
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="24" />
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="204" />
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="64" />
        <source>The client no longer exists.</source>
        <translation>Этого клиента больше нет в базе.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="18" />
        <source>The person consulted does not exist.</source>
        <translation>Сотрудник, с которым советовались, не найден.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="19" />
        <source>This call is closed already.</source>
        <translation>Этот звонок уже закрыт.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="20" />
        <source>Choose the outcome of the call.</source>
        <translation>Выберите итог звонка.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="21" />
        <source>Say why the client refused.</source>
        <translation>Укажите, почему клиент отказался.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="22" />
        <source>No order was completed on this call: complete the order first.</source>
        <translation>На этом звонке заказ не оформлен: сначала оформите заказ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="25" />
        <source>Choose the person the call was transferred to.</source>
        <translation>Выберите, кому передан звонок.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="28" />
        <source>The person to transfer to does not exist.</source>
        <translation>Сотрудник, которому передаётся звонок, не найден.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="29" />
        <source>Say when to call back.</source>
        <translation>Укажите, когда перезвонить.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="30" />
        <source>The callback time is in the past.</source>
        <translation>Время перезвона уже прошло.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="31" />
        <source>The call has no number to call back.</source>
        <translation>У звонка нет номера для перезвона.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="33" />
        <source>No head of sales is available to consult.</source>
        <translation>Нет руководителя продаж для консультации.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="34" />
        <source>Consulted {name}</source>
        <translation>Консультация: {name}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="35" />
        <source>Consulted {name}: {note}</source>
        <translation>Консультация: {name}: {note}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="36" />
        <source>Callback scheduled for {at}</source>
        <translation>Перезвон назначен на {at}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="37" />
        <source>Callback scheduled for {at}: {note}</source>
        <translation>Перезвон назначен на {at}: {note}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="40" />
        <source>Complaint no. {number} registered</source>
        <translation>Зарегистрирована жалоба № {number}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="41" />
        <source>Claim no. {number} registered</source>
        <translation>Зарегистрирована претензия № {number}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="42" />
        <source>Wish no. {number} registered</source>
        <translation>Зарегистрировано пожелание № {number}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="44" />
        <source>The time is empty.</source>
        <translation>Время не указано.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="45" />
        <source>The time “{text}” is out of range.</source>
        <translation>Время «{text}» вне допустимого диапазона.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="46" />
        <source>The time “{text}” is more than {days} days ahead.</source>
        <translation>Время «{text}» больше чем на {days} дн. вперёд.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="49" />
        <source>The time “{text}” is more than {days} days ago.</source>
        <translation>Время «{text}» больше чем {days} дн. назад.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="52" />
        <source>“{text}” is not a time of day.</source>
        <translation>«{text}» — не время суток.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="53" />
        <source>Cannot read the time “{text}”: write e.g. 14:30, 2026-11-23 14:30, tomorrow 10:00 or +2h.</source>
        <translation>Не удаётся прочитать время «{text}»: напишите, например, 14:30, 2026-11-23 14:30, завтра 10:00 или +2ч.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="57" />
        <source>Cannot read the day “{day}” of the window “{text}”.</source>
        <translation>Не удаётся прочитать день «{day}» в интервале «{text}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="60" />
        <source>The window “{text}” ends before it starts.</source>
        <translation>Интервал «{text}» заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="63" />
        <source>The time window ends before it starts.</source>
        <translation>Интервал времени заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="64" />
        <source>Cannot read the time “{text}”.</source>
        <translation>Не удаётся прочитать время «{text}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="66" />
        <source>The phone number is empty.</source>
        <translation>Номер телефона не указан.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="67" />
        <source>“{text}” is not a phone number.</source>
        <translation>«{text}» — не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="68" />
        <source>The name is longer than {limit} characters.</source>
        <translation>Имя длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="69" />
        <source>The note is longer than {limit} characters.</source>
        <translation>Примечание длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="70" />
        <source>Unknown source {source}; one of: {choices}.</source>
        <translation>Неизвестный источник {source}; допустимые: {choices}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="71" />
        <source>The callback request no longer exists.</source>
        <translation>Заявка на перезвон больше не существует.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="72" />
        <source>This callback is finished already.</source>
        <translation>Этот перезвон уже завершён.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="73" />
        <source>{name} is calling this number now.</source>
        <translation>{name} сейчас звонит на этот номер.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="74" />
        <source>Say why the callback is cancelled.</source>
        <translation>Укажите, почему перезвон отменяется.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="75" />
        <source>Cancelled by {name}: {reason}</source>
        <translation>Отменил(а) {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="77" />
        <source>The file is neither UTF-8 nor Windows-1251 text.</source>
        <translation>Файл не является текстом в UTF-8 или Windows-1251.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="80" />
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="81" />
        <source>The file is saved as UTF-16: save it as CSV in UTF-8 or Windows-1251 and import it again.</source>
        <translation>Файл сохранён в кодировке UTF-16: сохраните его как CSV в UTF-8 или Windows-1251 и загрузите снова.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="85" />
        <source>A field is longer than {longest} characters or its quotes are broken: check the file.</source>
        <translation>Поле длиннее {longest} символов или в нём нарушены кавычки: проверьте файл.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="88" />
        <source>The first row must name the columns; a “phone” column is missing.</source>
        <translation>В первой строке должны быть названия столбцов; нет столбца «phone» (телефон).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="91" />
        <source>More than {limit} rows: split the file.</source>
        <translation>Больше {limit} строк: разделите файл.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="92" />
        <source>The file has a header but no requests.</source>
        <translation>В файле есть заголовок, но нет заявок.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="93" />
        <source>Cannot read the file: {reason}</source>
        <translation>Не удаётся прочитать файл: {reason}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="94" />
        <source>The file could not be imported: {reason}</source>
        <translation>Не удалось импортировать файл: {reason}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="95" />
        <source>File: {file}</source>
        <translation>Файл: {file}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="96" />
        <source>This file was imported before; nothing was imported again.</source>
        <translation>Этот файл уже импортировался; повторно ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="99" />
        <source>Imported: {added} new callback requests, {updated} updated.</source>
        <translation>Импортировано: новых заявок на перезвон — {added}, обновлено — {updated}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="102" />
        <source>Nothing was imported: the file has errors. Fix them and drop the file again.</source>
        <translation>Ничего не импортировано: в файле есть ошибки. Исправьте их и положите файл снова.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="105" />
        <source>line {line}: {message}</source>
        <translation>строка {line}: {message}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="107" />
        <source>A survey has at most {limit} questions.</source>
        <translation>В опросе не больше {limit} вопросов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="108" />
        <source>Question {number} has no text.</source>
        <translation>У вопроса {number} нет текста.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="109" />
        <source>Question {number} is longer than {limit} characters.</source>
        <translation>Вопрос {number} длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="112" />
        <source>Two questions share the key {key}.</source>
        <translation>У двух вопросов одинаковый ключ {key}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="113" />
        <source>Question {number} has an unknown answer type {kind}.</source>
        <translation>У вопроса {number} неизвестный тип ответа {kind}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="116" />
        <source>Question {number} needs at least two choices.</source>
        <translation>Для вопроса {number} нужно не меньше двух вариантов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="119" />
        <source>A task title is {shortest} to {longest} characters.</source>
        <translation>Название задания — от {shortest} до {longest} символов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="120" />
        <source>The instruction is longer than {limit} characters.</source>
        <translation>Инструкция длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="123" />
        <source>The due date {day} is in the past.</source>
        <translation>Срок {day} уже прошёл.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="124" />
        <source>The task needs at least one client: raise the limit.</source>
        <translation>В задании должен быть хотя бы один клиент: увеличьте лимит.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="127" />
        <source>No client matches the filter.</source>
        <translation>Ни один клиент не подходит под фильтр.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="128" />
        <source>The task no longer exists.</source>
        <translation>Задание больше не существует.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="129" />
        <source>The task item no longer exists.</source>
        <translation>Пункт задания больше не существует.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="130" />
        <source>This task is closed.</source>
        <translation>Это задание закрыто.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="131" />
        <source>This client has been called for the task already.</source>
        <translation>Этому клиенту по заданию уже звонили.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="134" />
        <source>{name} is calling this client for the task now.</source>
        <translation>{name} сейчас звонит этому клиенту по заданию.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="135" />
        <source>Another operator has just started calling this client for the task.</source>
        <translation>Другой оператор только что начал звонить этому клиенту по заданию.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="138" />
        <source>This task item is finished already.</source>
        <translation>Этот пункт задания уже выполнен.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="139" />
        <source>This call is not with the task's client.</source>
        <translation>Этот звонок не с клиентом из задания.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="142" />
        <source>This call was closed already with another outcome; call the client again.</source>
        <translation>Этот звонок уже закрыт с другим итогом; позвоните клиенту ещё раз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="145" />
        <source>Unknown question {key}.</source>
        <translation>Неизвестный вопрос {key}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="146" />
        <source>Question {number} needs an answer: {question}</source>
        <translation>На вопрос {number} нужен ответ: {question}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="147" />
        <source>The answer to question {number} is longer than {limit} characters.</source>
        <translation>Ответ на вопрос {number} длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="150" />
        <source>Question {number} is answered yes or no.</source>
        <translation>На вопрос {number} отвечают «да» или «нет».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="151" />
        <source>Question {number} is answered with a number.</source>
        <translation>На вопрос {number} отвечают числом.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="152" />
        <source>Question {number} is answered with one of: {choices}.</source>
        <translation>На вопрос {number} отвечают одним из вариантов: {choices}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="156" />
        <source>There is no department {department}.</source>
        <translation>Нет отдела {department}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="157" />
        <source>Order lines are line numbers separated by commas, e.g. 1, 4.</source>
        <translation>Строки заказа — это номера строк через запятую, например 1, 4.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="160" />
        <source>The order has no line {line}.</source>
        <translation>В заказе нет строки {line}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="161" />
        <source>Unknown kind {kind}; one of: {choices}.</source>
        <translation>Неизвестный вид {kind}; допустимые: {choices}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="162" />
        <source>Unknown category {category}.</source>
        <translation>Неизвестная категория {category}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="163" />
        <source>Write what the client said.</source>
        <translation>Запишите, что сказал клиент.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="164" />
        <source>The text is longer than {limit} characters.</source>
        <translation>Текст длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="165" />
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="187" />
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="92" />
        <source>The order no longer exists.</source>
        <translation>Этого заказа больше нет.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="166" />
        <source>The order belongs to another client.</source>
        <translation>Заказ принадлежит другому клиенту.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="169" />
        <source>Choose the order the lines belong to.</source>
        <translation>Выберите заказ, к которому относятся строки.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="172" />
        <source>The complaint no longer exists.</source>
        <translation>Обращение больше не существует.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="173" />
        <source>{name} does not head the department this complaint was passed to.</source>
        <translation>{name} не руководит отделом, которому передано это обращение.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="176" />
        <source>This complaint is resolved already.</source>
        <translation>Это обращение уже решено.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="177" />
        <source>Write how the complaint was resolved.</source>
        <translation>Запишите, как решено обращение.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="178" />
        <source>The resolution is longer than {limit} characters.</source>
        <translation>Решение длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="182" />
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="183" />
        <source>A report covers at most {days} days.</source>
        <translation>Отчёт охватывает не больше {days} дней.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/calls.py" line="184" />
        <source>{name} may only see their own figures.</source>
        <translation>{name} может видеть только свои показатели.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="13" />
        <source>Type the phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="14" />
        <source>“{number}” is not a phone number.</source>
        <translation>«{number}» — не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="15" />
        <source>“{number}” has the wrong number of digits for a phone number.</source>
        <translation>В номере «{number}» неверное количество цифр для телефона.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="19" />
        <source>A BIN/IIN has exactly 12 digits.</source>
        <translation>БИН/ИИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="20" />
        <source>This BIN/IIN fails its check digit: a digit is probably mistyped.</source>
        <translation>БИН/ИИН не проходит проверку контрольной цифры: вероятно, одна цифра введена с ошибкой.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="25" />
        <source>Type the client's name.</source>
        <translation>Введите наименование клиента.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="26" />
        <source>The client's name is too long: at most {limit} characters ({given} given).</source>
        <translation>Наименование клиента слишком длинное: не более {limit} символов (введено {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="29" />
        <source>The city is too long: at most {limit} characters ({given} given).</source>
        <translation>Название города слишком длинное: не более {limit} символов (введено {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="32" />
        <source>The region is too long: at most {limit} characters ({given} given).</source>
        <translation>Название области слишком длинное: не более {limit} символов (введено {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="35" />
        <source>The delivery address is too long: at most {limit} characters ({given} given).</source>
        <translation>Адрес доставки слишком длинный: не более {limit} символов (введено {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="38" />
        <source>The shipping details are too long: at most {limit} characters ({given} given).</source>
        <translation>Реквизиты отгрузки слишком длинные: не более {limit} символов (введено {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="41" />
        <source>The notes are too long: at most {limit} characters ({given} given).</source>
        <translation>Примечание слишком длинное: не более {limit} символов (введено {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="44" />
        <source>Type the contact's name.</source>
        <translation>Введите имя контактного лица.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="45" />
        <source>A contact's name is too long: at most {limit} characters ({given} given).</source>
        <translation>Имя контактного лица слишком длинное: не более {limit} символов (введено {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="48" />
        <source>A contact's role is too long: at most {limit} characters ({given} given).</source>
        <translation>Должность контактного лица слишком длинная: не более {limit} символов (введено {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="51" />
        <source>The e-mail is too long: at most {limit} characters ({given} given).</source>
        <translation>Адрес e-mail слишком длинный: не более {limit} символов (введено {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="54" />
        <source>The phone {phone} belongs to another client: {client}</source>
        <translation>Телефон {phone} принадлежит другому клиенту: {client}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="57" />
        <source>BIN/IIN {tax_id} is already the client {code} {client}</source>
        <translation>БИН/ИИН {tax_id} уже указан у другого клиента: {code} {client}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="60" />
        <source>Unknown client type “{type}”.</source>
        <translation>Неизвестный тип клиента «{type}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="61" />
        <source>There is no price column yet: import the price list first.</source>
        <translation>Колонок цен ещё нет: сначала загрузите прайс-лист.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="64" />
        <source>Unknown client status “{status}”.</source>
        <translation>Неизвестный статус клиента «{status}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="65" />
        <source>The credit limit must be an amount, e.g. 500000.</source>
        <translation>Кредитный лимит должен быть суммой, например 500000.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="68" />
        <source>The credit limit must be between 0 and {highest}.</source>
        <translation>Кредитный лимит должен быть от 0 до {highest}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="71" />
        <source>The payment delay must be between 0 and {highest} days.</source>
        <translation>Отсрочка платежа должна быть от 0 до {highest} дней.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="74" />
        <source>The same phone number is given twice.</source>
        <translation>Один и тот же номер телефона указан дважды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="75" />
        <source>Someone else saved this client meanwhile: reopen the card and edit again.</source>
        <translation>Кто-то другой уже сохранил этого клиента: откройте карточку заново и внесите изменения ещё раз.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="78" />
        <source>That manager does not exist or has left.</source>
        <translation>Такого менеджера нет или он уволился.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="80" />
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="81" />
        <source>This account is locked after repeated failed sign-ins: try again in {minutes} min, or ask an administrator to unlock it.</source>
        <translation>Учётная запись заблокирована после нескольких неудачных входов: попробуйте через {minutes} мин или попросите администратора разблокировать её.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="86" />
        <source>A password cannot be the user name.</source>
        <translation>Пароль не может совпадать с именем пользователя.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="87" />
        <source>A password cannot be digits only: add letters or signs.</source>
        <translation>Пароль не может состоять только из цифр: добавьте буквы или знаки.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="91" />
        <source>“{field}” must be at most {most} characters, without control characters.</source>
        <translation>«{field}»: не более {most} символов, без управляющих символов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="94" />
        <source>That department does not exist.</source>
        <translation>Такого отдела нет.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="95" />
        <source>{name} heads that department already.</source>
        <translation>Этим отделом уже руководит {name}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="96" />
        <source>That user does not exist.</source>
        <translation>Такого пользователя нет.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="97" />
        <source>This is the last active administrator: make another administrator first.</source>
        <translation>Это последний активный администратор: сначала назначьте другого администратора.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="100" />
        <source>You cannot deactivate yourself.</source>
        <translation>Нельзя отключить самого себя.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="101" />
        <source>Unknown right.</source>
        <translation>Неизвестное право.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="102" />
        <source>The right “{right}” of the role “{role}” cannot be changed.</source>
        <translation>Право «{right}» роли «{role}» изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="105" />
        <source>{user} may not change the credit limit, payment delay or status: ask finance or the head of sales.</source>
        <translation>{user} не может менять кредитный лимит, отсрочку платежа или статус: обратитесь в финансовый отдел или к руководителю продаж.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="109" />
        <source>You are not signed in (or your account was switched off): sign in again.</source>
        <translation>Вы не вошли в систему (или ваша учётная запись отключена): войдите снова.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="112" />
        <source>{user} may not do this: the role does not include the permission “{permission}”.</source>
        <translation>{user}: действие недоступно — роль не включает право «{permission}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="115" />
        <source>A password needs at least {least} characters.</source>
        <translation>Пароль должен содержать не менее {least} символов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="116" />
        <source>A user name is 1 to {most} characters without spaces.</source>
        <translation>Имя пользователя — от 1 до {most} символов без пробелов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="117" />
        <source>Unknown role “{role}”; choose one of: {roles}.</source>
        <translation>Неизвестная роль «{role}»; выберите одну из: {roles}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="118" />
        <source>A user named “{login}” exists already.</source>
        <translation>Пользователь «{login}» уже существует.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="119" />
        <source>There is no user named “{login}”.</source>
        <translation>Пользователя «{login}» нет.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="121" />
        <source>The rules must be a non-empty JSON list of objects.</source>
        <translation>Правила должны быть непустым списком объектов JSON.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="124" />
        <source>Rule {rule} is not an object.</source>
        <translation>Правило {rule} не является объектом.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="125" />
        <source>Rule {rule}: “{field}” must be a text in quotes.</source>
        <translation>Правило {rule}: «{field}» должно быть текстом в кавычках.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="126" />
        <source>Rule {rule}: unknown fields {fields}.</source>
        <translation>Правило {rule}: неизвестные поля {fields}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="127" />
        <source>Rule {rule}: the priority must be a whole number.</source>
        <translation>Правило {rule}: приоритет должен быть целым числом.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="130" />
        <source>Rule {rule}: priority {priority} is used twice.</source>
        <translation>Правило {rule}: приоритет {priority} используется дважды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="133" />
        <source>Rule {rule}: the action must be one of {actions}.</source>
        <translation>Правило {rule}: действие должно быть одним из {actions}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="134" />
        <source>Rule {rule}: unknown client type “{type}”.</source>
        <translation>Правило {rule}: неизвестный тип клиента «{type}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="137" />
        <source>Rule {rule}: the purpose must be one of {purposes} or empty.</source>
        <translation>Правило {rule}: цель должна быть одной из {purposes} или пустой.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="140" />
        <source>Rule {rule}: client_is_new must be true, false or null.</source>
        <translation>Правило {rule}: client_is_new должно быть true, false или null.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="143" />
        <source>Rule {rule}: a transfer needs a chain of steps.</source>
        <translation>Правило {rule}: для перевода нужна цепочка шагов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="146" />
        <source>Rule {rule}: the reason is longer than {most} characters.</source>
        <translation>Правило {rule}: причина длиннее {most} символов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="149" />
        <source>Rule {rule}: unknown step “{step}”; use {steps} or head:department code ({departments}).</source>
        <translation>Правило {rule}: неизвестный шаг «{step}»; используйте {steps} или head:код отдела ({departments}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="153" />
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="62" />
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} — не текст в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="154" />
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="63" />
        <source>{path} is not valid JSON: {problem}.</source>
        <translation>{path} — некорректный JSON: {problem}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="155" />
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="64" />
        <source>Cannot read {path}: {problem}.</source>
        <translation>Не удаётся прочитать {path}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="157" />
        <source>There is no department “{department}”.</source>
        <translation>Отдела «{department}» нет.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="159" />
        <source>{person} already heads “{department}”: choose another head there first.</source>
        <translation>{person} уже руководит отделом «{department}»: сначала назначьте туда другого руководителя.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="162" />
        <source>This client is not in the database.</source>
        <translation>Этого клиента нет в базе.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="163" />
        <source>The purpose of the call must be one of {purposes}.</source>
        <translation>Цель звонка должна быть одной из: {purposes}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="166" />
        <source>Choose the client's debt: as booked, red or none.</source>
        <translation>Выберите долг клиента: как в учёте, красный или без долга.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="170" />
        <source>Key account: their manager takes the order</source>
        <translation>Ключевой клиент: заказ принимает его менеджер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="173" />
        <source>Not an order: to the client's manager or the head of sales</source>
        <translation>Не заказ: менеджеру клиента или руководителю отдела продаж</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="176" />
        <source>New client: take the order here, then the head assigns a manager</source>
        <translation>Новый клиент: заказ принимается здесь, затем руководитель назначает менеджера</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="179" />
        <source>Ordinary client: take the order here</source>
        <translation>Обычный клиент: заказ принимается здесь</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="180" />
        <source>no routing rule matched</source>
        <translation>ни одно правило маршрутизации не подошло</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="181" />
        <source>Debt: overdue or over the limit</source>
        <translation>Задолженность: просрочка или превышен лимит</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="182" />
        <source>Documents can be in Russian, Kazakh or English, not {language}.</source>
        <translation>Документы бывают на русском, казахском или английском, не «{language}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="185" />
        <source>chosen at the desk</source>
        <translation>выбрано оператором</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="188" />
        <source>The order is still a draft: complete it (F10) before printing or sending it.</source>
        <translation>Заказ ещё черновик: завершите его (F10), прежде чем печатать или отправлять.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="191" />
        <source>Order {number} is cancelled: only accepted orders have a confirmation.</source>
        <translation>Заказ {number} отменён: подтверждение есть только у принятых заказов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="194" />
        <source>Order {number} is “{status}”: only accepted orders have a confirmation.</source>
        <translation>Заказ {number} в статусе «{status}»: подтверждение есть только у принятых заказов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="197" />
        <source>Order {number} has no lines: there is nothing to confirm.</source>
        <translation>В заказе {number} нет строк: подтверждать нечего.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="200" />
        <source>The order has no lines: there is nothing to print.</source>
        <translation>В заказе нет строк — печатать нечего.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="201" />
        <source>The recipient's fax number is missing: type one.</source>
        <translation>Не указан номер факса получателя: введите его.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="205" />
        <source>There is no price column “{column}”.</source>
        <translation>Колонки цен «{column}» нет.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="206" />
        <source>No base price column is set: choose a client or a price column.</source>
        <translation>Базовая колонка цен не задана: выберите клиента или колонку цен.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="209" />
        <source>No product matches the chosen groups and filters: the price list would be empty.</source>
        <translation>Ни один товар не подходит под выбранные группы и фильтры: прайс-лист был бы пустым.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="212" />
        <source>No active product matches: choose products or groups for the reference sheet.</source>
        <translation>Нет подходящих активных товаров: выберите товары или группы для справочного листа.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="215" />
        <source>The document has no rows: check the selection.</source>
        <translation>В документе нет ни одной строки — проверьте условия отбора.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="216" />
        <source>Unknown paper size “{paper}”: choose A4 or Letter.</source>
        <translation>Неизвестный формат бумаги «{paper}»: выберите A4 или Letter.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="217" />
        <source>Unknown document language “{language}”: use one of {languages}.</source>
        <translation>Неизвестный язык документа «{language}»: используйте один из {languages}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="220" />
        <source>A text of the document does not fit a page: shorten the overlong fields.</source>
        <translation>Текст документа не помещается на страницу: сократите слишком длинные поля.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="224" />
        <source>Unknown channel “{channel}” for a printed document.</source>
        <translation>Неизвестный способ «{channel}» для напечатанного документа.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="227" />
        <source>Unknown document kind “{kind}”.</source>
        <translation>Неизвестный вид документа «{kind}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="228" />
        <source>Type the recipient's e-mail address.</source>
        <translation>Введите адрес e-mail получателя.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="229" />
        <source>Not an e-mail address: {addresses}.</source>
        <translation>Не адрес e-mail: {addresses}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="230" />
        <source>The attachments are {size} MB; most mail servers refuse more than {most} MB.</source>
        <translation>Вложения занимают {size} МБ; большинство почтовых серверов не принимает более {most} МБ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="233" />
        <source>The SMTP user name “{user}” contains characters the server login cannot carry; use the Latin user name of the mailbox (mail.smtp_user).</source>
        <translation>Имя пользователя SMTP «{user}» содержит символы, которые нельзя передать при входе на сервер; используйте латинское имя почтового ящика (mail.smtp_user).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="238" />
        <source>The SMTP password contains characters the server login cannot carry; only Latin letters, digits and punctuation can be sent: check the keyboard layout or change the mailbox password (mail.smtp_password).</source>
        <translation>Пароль SMTP содержит символы, которые нельзя передать при входе на сервер; допускаются только латинские буквы, цифры и знаки препинания: проверьте раскладку клавиатуры или смените пароль почтового ящика (mail.smtp_password).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="244" />
        <source>The mail server {server} did not answer within {seconds} s.</source>
        <translation>Почтовый сервер {server} не ответил за {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="247" />
        <source>The mail server {server} closed the connection at once.</source>
        <translation>Почтовый сервер {server} сразу закрыл соединение.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="250" />
        <source>The mail server name “{host}” is unknown: check mail.smtp_host.</source>
        <translation>Имя почтового сервера «{host}» неизвестно: проверьте mail.smtp_host.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="253" />
        <source>The mail server {server} cannot be reached ({reply}).</source>
        <translation>Почтовый сервер {server} недоступен ({reply}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="256" />
        <source>The mail server {server} does not offer STARTTLS; turn mail.smtp_tls off only if the server is on a trusted network.</source>
        <translation>Почтовый сервер {server} не поддерживает STARTTLS; отключайте mail.smtp_tls, только если сервер находится в доверенной сети.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="261" />
        <source>The mail server refused the login “{user}” ({reply}): check the user and password.</source>
        <translation>Почтовый сервер отклонил вход «{user}» ({reply}): проверьте имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="264" />
        <source>The mail server {server} does not support logging in here.</source>
        <translation>Почтовый сервер {server} не поддерживает здесь вход по логину.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="267" />
        <source>The mail server refused the recipient ({reply}).</source>
        <translation>Почтовый сервер отклонил получателя ({reply}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="270" />
        <source>The mail server refused the sender address “{sender}” ({reply}): check mail.from.</source>
        <translation>Почтовый сервер отклонил адрес отправителя «{sender}» ({reply}): проверьте mail.from.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="273" />
        <source>The mail server refused the message ({reply}).</source>
        <translation>Почтовый сервер отклонил письмо ({reply}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="274" />
        <source>The mail server {server} closed the connection before the message was sent.</source>
        <translation>Почтовый сервер {server} закрыл соединение до отправки письма.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="277" />
        <source>A secure connection to {server} failed ({reply}).</source>
        <translation>Не удалось установить защищённое соединение с {server} ({reply}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="280" />
        <source>The mail server {server} stopped answering (over {seconds} s).</source>
        <translation>Почтовый сервер {server} перестал отвечать (более {seconds} с).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="283" />
        <source>Sending through {server} failed ({reply}).</source>
        <translation>Не удалось отправить через {server} ({reply}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="284" />
        <source>No mail server is set: fill in the SMTP server in the settings (mail.smtp_host).</source>
        <translation>Почтовый сервер не задан: укажите SMTP-сервер в настройках (mail.smtp_host).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="287" />
        <source>The sender address (mail.from) is not set or not an e-mail address.</source>
        <translation>Адрес отправителя (mail.from) не задан или не является адресом e-mail.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="290" />
        <source>Sent to {sent}, but the mail server refused {refused} ({reply}).</source>
        <translation>Отправлено на {sent}, но почтовый сервер отклонил {refused} ({reply}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="293" />
        <source>Type the fax number.</source>
        <translation>Введите номер факса.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="294" />
        <source>“{number}” is not a fax number.</source>
        <translation>«{number}» — не номер факса.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="295" />
        <source>“{number}” is not a complete fax number: type it with the city or operator code, e.g. 8 727 250 11 22 or +7 727 250 11 22.</source>
        <translation>«{number}» — неполный номер факса: введите его с кодом города или оператора, например 8 727 250 11 22 или +7 727 250 11 22.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="300" />
        <source>The fax command setting cannot be read ({problem}): check fax.command.</source>
        <translation>Не удаётся разобрать настройку команды факса ({problem}): проверьте fax.command.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="303" />
        <source>The fax command is empty: check fax.command.</source>
        <translation>Команда факса пуста: проверьте fax.command.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="306" />
        <source>The fax command must contain {token} where the TIFF file goes: check fax.command.</source>
        <translation>Команда факса должна содержать {token} на месте файла TIFF: проверьте fax.command.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="309" />
        <source>The fax command must contain {token} where the fax number goes: check fax.command.</source>
        <translation>Команда факса должна содержать {token} на месте номера факса: проверьте fax.command.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="312" />
        <source>The fax command “{command}” was not found: check fax.command.</source>
        <translation>Команда факса «{command}» не найдена: проверьте fax.command.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="315" />
        <source>The fax command “{command}” may not be run here: check fax.command.</source>
        <translation>Команду факса «{command}» здесь запускать нельзя: проверьте fax.command.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="318" />
        <source>The fax command did not finish within {seconds} s.</source>
        <translation>Команда факса не завершилась за {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="321" />
        <source>The fax command could not start ({problem}).</source>
        <translation>Не удалось запустить команду факса ({problem}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="324" />
        <source>The fax command failed (exit code {exit_code}): {output}</source>
        <translation>Команда факса завершилась с ошибкой (код выхода {exit_code}): {output}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="327" />
        <source>The fax has no pages.</source>
        <translation>В факсе нет страниц.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="328" />
        <source>The fax gateway address must contain {token}: check fax.gateway_email.</source>
        <translation>Адрес факс-шлюза должен содержать {token}: проверьте fax.gateway_email.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="331" />
        <source>No way to send a fax is set: fill in the fax command (fax.command) or the e-mail-to-fax gateway (fax.gateway_email) in the settings.</source>
        <translation>Способ отправки факса не задан: укажите в настройках команду факса (fax.command) или шлюз e-mail-факс (fax.gateway_email).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="337" />
        <source>The connection to the database was lost: this was not saved. What you typed is still here; try again when the connection is back.</source>
        <translation>Связь с базой данных потеряна: это не сохранено. Всё введённое осталось на экране; повторите, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="342" />
        <source>Malformed database URL “{url}”: use sqlite:///path/to/file.db or postgresql://user@host:port/database.</source>
        <translation>Неверный адрес базы данных «{url}»: используйте sqlite:///path/to/file.db или postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="346" />
        <source>Malformed SQLite URL “{url}”: use sqlite:///path/to/file.db.</source>
        <translation>Неверный адрес SQLite «{url}»: используйте sqlite:///path/to/file.db.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="349" />
        <source>The SQLite URL “{url}” names no file: use sqlite:///path/to/file.db.</source>
        <translation>В адресе SQLite «{url}» не указан файл: используйте sqlite:///path/to/file.db.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="352" />
        <source>The PostgreSQL URL “{url}” needs a host and a database name: use postgresql://user@host:port/database.</source>
        <translation>В адресе PostgreSQL «{url}» нужны сервер и имя базы данных: используйте postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="356" />
        <source>Unsupported database type “{type}” in “{url}”: use sqlite:///path/to/file.db or postgresql://user@host:port/database.</source>
        <translation>Неподдерживаемый тип базы данных «{type}» в «{url}»: используйте sqlite:///path/to/file.db или postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="361" />
        <source>Cannot create the folder for the database file {path}: {problem}.</source>
        <translation>Не удаётся создать папку для файла базы данных {path}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="364" />
        <source>The database path {path} is a folder, not a file.</source>
        <translation>Путь к базе данных {path} — это папка, а не файл.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="367" />
        <source>Cannot open the SQLite database {path} for writing: {problem}. Check that the folder is writable and the file is an OrderDesk database.</source>
        <translation>Не удаётся открыть базу данных SQLite {path} для записи: {problem}. Проверьте, что папка доступна для записи, а файл — база данных OrderDesk.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="372" />
        <source>Cannot reach the PostgreSQL server at {server} (database “{database}”): {problem}. Check that the server runs and the URL is right.</source>
        <translation>Нет связи с сервером PostgreSQL {server} (база данных «{database}»): {problem}. Проверьте, что сервер запущен и адрес указан верно.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="377" />
        <source>This database has schema version {version}, written by a newer OrderDesk; this program knows versions up to {latest}. Install the newer OrderDesk to open it (nothing was changed).</source>
        <translation>У этой базы данных версия схемы {version}, записанная более новой версией OrderDesk; эта программа знает версии до {latest}. Установите более новый OrderDesk, чтобы открыть её (ничего не изменено).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="382" />
        <source>There is no schema version {version}.</source>
        <translation>Версии схемы {version} не существует.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="384" />
        <source>This database already holds data; demo data only goes into an empty database. Name a new file with --db, or use --replace for a SQLite demo file.</source>
        <translation>В этой базе данных уже есть данные; демо-данные записываются только в пустую базу. Укажите новый файл в --db или используйте --replace для демо-файла SQLite.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="389" />
        <source>Demo sizes: at least {clients} client, {products} products and {months} month.</source>
        <translation>Размеры демо: не менее {clients} клиента, {products} товаров и {months} месяца.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="392" />
        <source>A demo database needs a file, not :memory:.</source>
        <translation>Для демо-базы нужен файл, а не :memory:.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="393" />
        <source>{path} exists already; add --replace to overwrite it with demo data.</source>
        <translation>{path} уже существует; добавьте --replace, чтобы перезаписать его демо-данными.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="8" />
        <source>Unknown time zone “{text}”: use a name such as Asia/Almaty.</source>
        <translation>Неизвестный часовой пояс «{text}»: укажите название вида Asia/Almaty.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="11" />
        <source>Cannot read the day “{text}”: write it as YYYY-MM-DD.</source>
        <translation>Не удаётся прочитать дату «{text}»: укажите её в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="14" />
        <source>“{presence}” is not a presence.</source>
        <translation>«{presence}» — не состояние присутствия.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/clients.py" line="158" />
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="15" />
        <source>This person is not an active user.</source>
        <translation>Этот человек не является активным пользователем.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="16" />
        <source>Say until which day the person is absent.</source>
        <translation>Укажите, до какого дня человек отсутствует.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="17" />
        <source>The last day of absence must be from today to {days} days ahead.</source>
        <translation>Последний день отсутствия — от сегодняшнего дня до {days} дней вперёд.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="20" />
        <source>The substitute must be another active person.</source>
        <translation>Замещающим должен быть другой активный сотрудник.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="23" />
        <source>{name} is absent too: choose a substitute who is at work.</source>
        <translation>{name} тоже отсутствует: выберите замещающего, который на работе.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="26" />
        <source>The period ends before it begins.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="27" />
        <source>The period is longer than {days} days: choose a shorter one.</source>
        <translation>Период длиннее {days} дней: выберите покороче.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/general.py" line="30" />
        <source>Unknown kind of event.</source>
        <translation>Неизвестный вид события.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="9" />
        <source>This product has no price in the client's price column: it cannot be sold.</source>
        <translation>У этого товара нет цены в колонке цен клиента: продать его нельзя.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="12" />
        <source>The connection to the database was lost while completing: the order stays here and is completed by itself as soon as the connection is back (never twice).</source>
        <translation>Связь с базой данных потеряна во время оформления: заказ остаётся на экране и будет оформлен сам, как только связь восстановится (ровно один раз).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="17" />
        <source>Enter a quantity.</source>
        <translation>Введите количество.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="18" />
        <source>"{text}" is not a number.</source>
        <translation>«{text}» — не число.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="19" />
        <source>The quantity must be more than zero.</source>
        <translation>Количество должно быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="20" />
        <source>{quantity} is more than the largest quantity of one line ({maximum}): check the number.</source>
        <translation>{quantity} — больше наибольшего количества в одной строке ({maximum}): проверьте число.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="23" />
        <source>This product is sold only in whole units ({unit}).</source>
        <translation>Этот товар продаётся только целыми единицами ({unit}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="26" />
        <source>Sold in packs of {pack}: enter {pack}, {twice}, {thrice} …</source>
        <translation>Продаётся упаковками по {pack}: введите {pack}, {twice}, {thrice} …</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="29" />
        <source>Rounded up to whole packs this is more than {maximum}.</source>
        <translation>При округлении до целых упаковок получается больше {maximum}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="32" />
        <source>Rounded up to {packs} × {pack}</source>
        <translation>Округлено до {packs} × {pack}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="33" />
        <source>{name}: together {quantity} is more than {maximum}.</source>
        <translation>{name}: вместе получается {quantity}, это больше {maximum}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="37" />
        <source>Offered products without an answer: {count}. Accept or decline each.</source>
        <translation>Предложенных товаров без ответа: {count}. Примите или отклоните каждый.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="40" />
        <source>Offer at least {minimum} products beyond what the client asked for: {done} offered so far.</source>
        <translation>Предложите не менее {minimum} товаров сверх того, что просил клиент: пока предложено {done}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="44" />
        <source>The order has no lines.</source>
        <translation>В заказе нет ни одной строки.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="45" />
        <source>Choose the form of payment.</source>
        <translation>Выберите форму оплаты.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="46" />
        <source>A regional client: give the pickup date or the shipping details.</source>
        <translation>Региональный клиент: укажите дату самовывоза или данные отправки.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="49" />
        <source>Choose the delivery date.</source>
        <translation>Выберите дату доставки.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="50" />
        <source>The delivery date {day} is in the past.</source>
        <translation>Дата доставки {day} уже прошла.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="51" />
        <source>The delivery date {day} falls on a weekend.</source>
        <translation>Дата доставки {day} приходится на выходной.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="52" />
        <source>The delivery date {day} is a holiday.</source>
        <translation>Дата доставки {day} — праздничный день.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="53" />
        <source>The pickup date {day} is in the past.</source>
        <translation>Дата самовывоза {day} уже прошла.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="54" />
        <source>The pickup date {day} falls on a weekend.</source>
        <translation>Дата самовывоза {day} приходится на выходной.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="55" />
        <source>The pickup date {day} is a holiday.</source>
        <translation>Дата самовывоза {day} — праздничный день.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="56" />
        <source>Choose the contact who will receive the goods.</source>
        <translation>Выберите контактное лицо, которое примет товар.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="57" />
        <source>Confirm that the receiver will be present at delivery.</source>
        <translation>Подтвердите, что получатель будет на месте при доставке.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="60" />
        <source>The receiver is not a contact of this client.</source>
        <translation>Получатель не числится среди контактов этого клиента.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="65" />
        <source>This client is blocked: no orders are taken.</source>
        <translation>Клиент заблокирован: заказы не принимаются.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="66" />
        <source>Write why the debt gate is overridden for this order.</source>
        <translation>Укажите причину, по которой заказ принимается несмотря на долг.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="69" />
        <source>Write the amount up to which the order is approved.</source>
        <translation>Укажите сумму, до которой одобрен заказ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="72" />
        <source>The approved amount is a sum of money, such as 150 000 or 150000,50.</source>
        <translation>Одобренная сумма — это денежная сумма, например 150 000 или 150000,50.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="75" />
        <source>The order is now {total}, more than the {approved} approved: it needs approval again.</source>
        <translation>Заказ теперь на {total}, больше одобренных {approved}: нужно повторное одобрение.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="78" />
        <source>The override of this order names no amount: it needs approval again for {total}.</source>
        <translation>В разрешении по этому заказу не указана сумма: нужно повторное одобрение на {total}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="81" />
        <source>Orders are stopped by the client's debt: the debt gate is red.</source>
        <translation>Заказы остановлены из-за долга клиента: долг в красной зоне.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="84" />
        <source>{number}: {amount} unpaid, {days} days overdue</source>
        <translation>{number}: не оплачено {amount}, просрочка {days} дн.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="87" />
        <source>more overdue documents: {count}</source>
        <translation>ещё просроченных документов: {count}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="88" />
        <source>{over} over the credit limit of {limit}</source>
        <translation>{over} сверх кредитного лимита {limit}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="90" />
        <source>Only an accepted order can be marked invoiced.</source>
        <translation>Отметить выставленный счёт можно только у принятого заказа.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="91" />
        <source>Order {number} is marked invoiced already.</source>
        <translation>По заказу {number} счёт уже отмечен как выставленный.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="93" />
        <source>{name} is editing this order at desk {desk} (since {since}): it is read-only here. Ctrl+Shift+O takes it over.</source>
        <translation>Этот заказ редактирует {name} за рабочим местом {desk} (с {since}): здесь он только для просмотра. Ctrl+Shift+O — забрать заказ себе.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="98" />
        <source>The order is no longer a draft: it cannot be changed here.</source>
        <translation>Заказ уже не черновик: изменить его здесь нельзя.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="101" />
        <source>This order was changed at another desk: reopen it.</source>
        <translation>Этот заказ изменили на другом рабочем месте: откройте его заново.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="104" />
        <source>This product is not sold any more.</source>
        <translation>Этот товар больше не продаётся.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="105" />
        <source>The client has no earlier order to repeat.</source>
        <translation>У клиента нет прежнего заказа, который можно повторить.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="106" />
        <source>Write why the price is set by hand.</source>
        <translation>Укажите, почему цена устанавливается вручную.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="107" />
        <source>"{text}" is not a price.</source>
        <translation>«{text}» — не цена.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="108" />
        <source>A price must be more than zero.</source>
        <translation>Цена должна быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="109" />
        <source>The price is more than ten times the base price {base}: check the number.</source>
        <translation>Цена более чем в десять раз выше базовой ({base}): проверьте число.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="112" />
        <source>Say why the draft is cancelled.</source>
        <translation>Укажите, почему черновик отменяется.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="114" />
        <source>Name the promotion.</source>
        <translation>Назовите акцию.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="115" />
        <source>The name is too long or unreadable (at most {most} characters).</source>
        <translation>Название слишком длинное или нечитаемое (не более {most} знаков).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="118" />
        <source>Choose what the promotion does: a price, items to offer or a note.</source>
        <translation>Выберите, что даёт акция: цену, товары к предложению или заметку.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="121" />
        <source>Give the first and the last day of the promotion.</source>
        <translation>Укажите первый и последний день акции.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="124" />
        <source>The promotion ends before it starts.</source>
        <translation>Акция кончается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="125" />
        <source>A promotion runs at most {days} days.</source>
        <translation>Акция длится не более {days} дней.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="126" />
        <source>This promotion would already be over: check its last day.</source>
        <translation>Эта акция уже закончилась бы: проверьте последний день.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="129" />
        <source>The note is too long or unreadable (at most {most} characters).</source>
        <translation>Заметка слишком длинная или нечитаемая (не более {most} знаков).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="132" />
        <source>The region is too long or unreadable (at most {most} characters).</source>
        <translation>Регион слишком длинный или нечитаемый (не более {most} знаков).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="135" />
        <source>A promotion takes at most {most} products.</source>
        <translation>В акции не более {most} товаров.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="136" />
        <source>Line {line}: this product is in the promotion already.</source>
        <translation>Строка {line}: этот товар уже есть в акции.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="139" />
        <source>Line {line}: the special price is not an amount of money.</source>
        <translation>Строка {line}: спеццена — не денежная сумма.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="142" />
        <source>Line {line}: the discount is a percentage above 0 and below 100, e.g. 7.5.</source>
        <translation>Строка {line}: скидка — процент больше 0 и меньше 100, например 7,5.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="145" />
        <source>Line {line}: give either a special price or a discount, not both.</source>
        <translation>Строка {line}: укажите либо спеццену, либо скидку, не обе.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="148" />
        <source>Line {line}: a price promotion needs a special price or a discount for each product.</source>
        <translation>Строка {line}: в ценовой акции у каждого товара нужна спеццена или скидка.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="151" />
        <source>Add at least one product.</source>
        <translation>Добавьте хотя бы один товар.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="152" />
        <source>Choose which promotions to list.</source>
        <translation>Выберите, какие акции показать.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="153" />
        <source>This promotion is no longer there.</source>
        <translation>Этой акции больше нет.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="154" />
        <source>That client type is no longer there: choose another.</source>
        <translation>Такого типа клиентов больше нет: выберите другой.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="157" />
        <source>Line {line}: the product is no longer in the catalogue.</source>
        <translation>Строка {line}: товара больше нет в каталоге.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="160" />
        <source>“{name}” comes from accounting: change it there (the next import would undo a change here).</source>
        <translation>«{name}» пришла из бухгалтерии: меняйте её там (следующая загрузка отменила бы изменение здесь).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/orders.py" line="164" />
        <source>“{name}” was changed at another desk meanwhile: open it again and repeat your change.</source>
        <translation>«{name}» тем временем изменили за другим пультом: откройте её заново и повторите изменение.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="8" />
        <source>{field}: “{value}” is not a number this program takes.</source>
        <translation>{field}: «{value}» — не число, которое программа может принять.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="11" />
        <source>{field} is empty.</source>
        <translation>Поле «{field}» пустое.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="12" />
        <source>{field} is {length} characters long; at most {longest} are allowed.</source>
        <translation>Поле «{field}» длиной {length} символов; допускается не более {longest}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="15" />
        <source>{field}: “{value}” must be a whole number from {lowest} to {highest}.</source>
        <translation>{field}: «{value}» должно быть целым числом от {lowest} до {highest}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="18" />
        <source>{field}: “{value}” is not a date (04.12.2026, 2026-12-04 or 04.12.26).</source>
        <translation>{field}: «{value}» — не дата (04.12.2026, 2026-12-04 или 04.12.26).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="21" />
        <source>{field}: “{value}” is neither yes nor no.</source>
        <translation>{field}: «{value}» — ни «да», ни «нет».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="22" />
        <source>{field}: “{value}” is not a BIN/IIN (12 digits) or an INN (10 or 12 digits).</source>
        <translation>{field}: «{value}» — не БИН/ИИН (12 цифр) и не ИНН (10 или 12 цифр).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="25" />
        <source>The file is not well-formed XML: {reason}</source>
        <translation>Файл не является правильным XML: {reason}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="26" />
        <source>The file is XML but not CommerceML (no «КоммерческаяИнформация» element).</source>
        <translation>Файл XML, но не CommerceML (нет элемента «КоммерческаяИнформация»).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="29" />
        <source>This very file was imported on {when}: nothing to change (import it again to compare anew).</source>
        <translation>Этот же файл уже загружен {when}: менять нечего (загрузите его повторно, чтобы сверить заново).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="33" />
        <source>«{element}» is inside «{parent}», where CommerceML has no such element.</source>
        <translation>«{element}» находится внутри «{parent}», где в CommerceML такого элемента нет.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="36" />
        <source>“{id}” is in the file twice.</source>
        <translation>«{id}» встречается в файле дважды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="37" />
        <source>Product groups nested more than 50 deep.</source>
        <translation>Группы товаров вложены глубже 50 уровней.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="38" />
        <source>{field}: “{value}” is below zero.</source>
        <translation>{field}: «{value}» меньше нуля.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="39" />
        <source>The file is neither UTF-8 nor Windows-1251 text from this line on.</source>
        <translation>Начиная с этой строки файл не является текстом ни в UTF-8, ни в Windows-1251.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="42" />
        <source>The CSV file cannot be read here: {reason}</source>
        <translation>Файл CSV не читается: {reason}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="43" />
        <source>The Excel file cannot be opened: {reason}</source>
        <translation>Файл Excel не открывается: {reason}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="44" />
        <source>The file has no row naming its columns.</source>
        <translation>В файле нет строки с названиями колонок.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="45" />
        <source>Cannot tell what “{file}” lists: name the file clients, contacts, products, prices, receivables or promotions, or give its columns the usual names.</source>
        <translation>Непонятно, что содержит «{file}»: назовите файл clients, contacts, products, prices, receivables или promotions (или «клиенты», «товары», «цены», «долги») либо дайте колонкам привычные названия.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="50" />
        <source>Columns missing: {columns}.</source>
        <translation>Нет колонок: {columns}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="51" />
        <source>No column of the price file names a price column of this office.</source>
        <translation>Ни одна колонка файла цен не совпадает с колонкой цен этой конторы.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="54" />
        <source>The debt statement has no closing balance column («Кон. остаток»).</source>
        <translation>В ведомости нет колонки конечного остатка («Кон. остаток»).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="57" />
        <source>The promotion ends ({ends}) before it starts ({starts}).</source>
        <translation>Акция заканчивается ({ends}) раньше, чем начинается ({starts}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="60" />
        <source>The file is {size_mb} MB; files up to {limit_mb} MB are imported.</source>
        <translation>Размер файла {size_mb} МБ; загружаются файлы до {limit_mb} МБ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="63" />
        <source>Cannot read {file}: {reason}</source>
        <translation>Не удаётся прочитать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="64" />
        <source>No product “{product}”: import the catalogue first, or check the code.</source>
        <translation>Нет товара «{product}»: сначала загрузите каталог или проверьте код.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="67" />
        <source>No product “{product}” here: its price and stock were left out.</source>
        <translation>Товара «{product}» здесь нет: его цена и остаток пропущены.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="70" />
        <source>{client} has this BIN/IIN and is known to accounting as {id}: this row updated it.</source>
        <translation>У клиента {client} этот БИН/ИИН, в учёте он известен как {id}: строка обновила его.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="73" />
        <source>“{client}” is not a client here and owes nothing: left out.</source>
        <translation>«{client}» — не клиент в этой базе и ничего не должен: пропущен.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="76" />
        <source>No price column “{column}”.</source>
        <translation>Нет колонки цен «{column}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="77" />
        <source>No client “{client}” (by accounting's code, BIN/IIN or name): import the clients first.</source>
        <translation>Нет клиента «{client}» (по коду учёта, БИН/ИИН или наименованию): сначала загрузите клиентов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="80" />
        <source>No client type “{value}”.</source>
        <translation>Нет типа клиента «{value}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="81" />
        <source>The database has no client types or price columns yet: run the company set-up first.</source>
        <translation>В базе ещё нет типов клиентов или колонок цен: сначала выполните первоначальную настройку компании.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="84" />
        <source>No user “{value}”: the client was imported without a manager.</source>
        <translation>Нет пользователя «{value}»: клиент загружен без менеджера.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="87" />
        <source>The product keeps its code {kept}; accounting calls it {other}.</source>
        <translation>У товара остаётся код {kept}; в учёте он {other}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="90" />
        <source>{client}: the delivery address entered at the desk is kept; accounting has “{value}”.</source>
        <translation>{client}: оставлен адрес доставки, введённый на пульте; в учёте — «{value}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="93" />
        <source>{client}: the region entered at the desk is kept; accounting has “{value}”.</source>
        <translation>{client}: оставлен регион, введённый на пульте; в учёте — «{value}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="96" />
        <source>{client}: the city entered at the desk is kept; accounting has “{value}”.</source>
        <translation>{client}: оставлен город, введённый на пульте; в учёте — «{value}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="99" />
        <source>{client}: the manager assigned at the desk is kept; accounting names “{value}”.</source>
        <translation>{client}: оставлен менеджер, назначенный на пульте; в учёте указан «{value}».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="102" />
        <source>“{value}” is not a phone number: left out.</source>
        <translation>«{value}» — не номер телефона: пропущен.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/exchange.py" line="103" />
        <source>No order {order} in this database: the document is kept without it.</source>
        <translation>Заказа {order} нет в этой базе: документ загружен без связи с заказом.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="12" />
        <source>This database is set up already: its users sign in to it. Nothing was changed.</source>
        <translation>Эта база данных уже настроена: её пользователи входят в неё. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="15" />
        <source>This cannot be left empty.</source>
        <translation>Это поле нельзя оставить пустым.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="9" />
        <source>There is no such setting. Nothing was changed.</source>
        <translation>Такой настройки нет. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="10" />
        <source>This setting belongs to each desk, not to the whole office. Nothing was changed.</source>
        <translation>Эта настройка своя у каждого рабочего места, а не общая для офиса. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="13" />
        <source>This setting is on or off.</source>
        <translation>Эта настройка либо включена, либо выключена.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="14" />
        <source>This is not a number.</source>
        <translation>Это не число.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="15" />
        <source>Type a whole number from {low} to {high}.</source>
        <translation>Введите целое число от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="16" />
        <source>Type a number from {low} to {high}.</source>
        <translation>Введите число от {low} до {high}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="17" />
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="16" />
        <source>Too long: at most {most} characters ({given} given).</source>
        <translation>Слишком длинно: не более {most} символов (введено {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="20" />
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="17" />
        <source>This holds a tab, a line break or another control character: type it on one line.</source>
        <translation>Здесь есть табуляция, перевод строки или другой управляющий символ: введите значение одной строкой.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="23" />
        <source>Choose one of: {choices}.</source>
        <translation>Выберите одно из: {choices}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="24" />
        <source>The prefix of order numbers is 1 to 8 Latin letters and digits, such as B1.</source>
        <translation>Префикс номеров заказов — от 1 до 8 латинских букв и цифр, например B1.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="27" />
        <source>This is not a time zone: give a name such as Asia/Almaty, or leave it empty.</source>
        <translation>Это не часовой пояс: укажите название вроде Asia/Almaty или оставьте пустым.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="30" />
        <source>“{text}” is not a date: dates are YYYY-MM-DD, separated by commas.</source>
        <translation>«{text}» — не дата: даты пишутся как ГГГГ-ММ-ДД через запятую.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="33" />
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="20" />
        <source>This is not an e-mail address (name@example.kz).</source>
        <translation>Это не адрес электронной почты (name@example.kz).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/settings.py" line="34" />
        <source>The fax gateway is an e-mail address holding {placeholder}, such as {placeholder}@fax.example.kz.</source>
        <translation>Шлюз факса — адрес эл. почты с {placeholder}, например {placeholder}@fax.example.kz.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="21" />
        <source>This is not a bank account (IIK): KZ, two check digits and 16 letters or digits, the check digits agreeing with the rest.</source>
        <translation>Это не банковский счёт (ИИК): KZ, две контрольные цифры и ещё 16 букв или цифр, причём контрольные цифры должны сходиться с остальными.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="26" />
        <source>A bank's BIC is 8 to 11 Latin letters and digits.</source>
        <translation>БИК банка — от 8 до 11 латинских букв и цифр.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="27" />
        <source>Give at least one row.</source>
        <translation>Нужна хотя бы одна строка.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="28" />
        <source>Row {row}: the code is empty.</source>
        <translation>Строка {row}: код не указан.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="29" />
        <source>Row {row}: the code “{code}” may hold only Latin letters, digits, “_” and “-”, at most {most}.</source>
        <translation>Строка {row}: код «{code}» может содержать только латинские буквы, цифры, «_» и «-», не более {most} символов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="33" />
        <source>Row {row}: the code “{code}” is given twice.</source>
        <translation>Строка {row}: код «{code}» указан дважды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="34" />
        <source>The program's rules need these departments: {codes}. Keep them; their names may change.</source>
        <translation>Правилам программы нужны эти отделы: {codes}. Оставьте их; названия можно изменить.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="38" />
        <source>Mark exactly one price column as the base one ({given} marked).</source>
        <translation>Отметьте ровно одну колонку цен как базовую (отмечено: {given}).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="41" />
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Пароли не совпадают: введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="44" />
        <source>A password does not belong in a file: remove it; the password is asked, or read from the standard input.</source>
        <translation>Паролю не место в файле: удалите его; пароль запрашивается или читается со стандартного ввода.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="49" />
        <source>Give {option} (or run the command in a terminal to be asked).</source>
        <translation>Укажите {option} (или запустите команду в терминале, чтобы программа спросила).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="52" />
        <source>The file's “{field}” has the wrong shape: compare it with “orderdesk setup --template”.</source>
        <translation>Раздел «{field}» в файле имеет неверный вид: сравните его с «orderdesk setup --template».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="55" />
        <source>Row {row} of “{field}” in the file is not a code, a name and (price columns) “base”.</source>
        <translation>Строка {row} раздела «{field}» в файле — не код, название и (для колонок цен) «base».</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="58" />
        <source>The file names what setup does not know: {fields}.</source>
        <translation>В файле есть то, чего настройка не знает: {fields}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="61" />
        <source>In the file, “{field}” must be text in quotes.</source>
        <translation>В файле «{field}» должно быть текстом в кавычках.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/setup.py" line="65" />
        <source>This password holds a character that cannot be stored: choose another.</source>
        <translation>В пароле есть символ, который нельзя сохранить: выберите другой пароль.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="8" />
        <source>Orders cannot be exported as “{format}”: choose one of {formats}.</source>
        <translation>Заказы нельзя выгрузить в формате «{format}»: выберите один из {formats}.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="11" />
        <source>Unknown encoding “{encoding}”: use utf-8 or windows-1251.</source>
        <translation>Неизвестная кодировка «{encoding}»: укажите utf-8 или windows-1251.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="14" />
        <source>Say which orders to export again: their numbers or the days they were accepted.</source>
        <translation>Укажите, какие заказы выгрузить повторно: их номера или дни, когда они приняты.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="17" />
        <source>The export file cannot be written in {folder}: {problem}. No order was marked exported.</source>
        <translation>Файл выгрузки нельзя записать в {folder}: {problem}. Ни один заказ не отмечен выгруженным.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="20" />
        <source>Another export took some of these orders meanwhile. Nothing was marked; export again.</source>
        <translation>Другая выгрузка тем временем забрала часть этих заказов. Ничего не отмечено; выгрузите снова.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="23" />
        <source>1C's answer about the orders cannot be read: {problem}</source>
        <translation>Ответ 1С о заказах не читается: {problem}</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="26" />
        <source>1C's document “{number}” ({ident}) names no order of this database.</source>
        <translation>Документ 1С «{number}» ({ident}) не ссылается ни на один заказ этой базы.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="29" />
        <source>The file name “{name}” was refused: it could point outside the upload folder.</source>
        <translation>Имя файла «{name}» отклонено: оно может вести за пределы папки загрузки.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="32" />
        <source>A piece of “{name}” is larger than the {limit} bytes one request may bring.</source>
        <translation>Часть файла «{name}» больше {limit} байт, допустимых в одном запросе.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="35" />
        <source>The file “{name}” is larger than {limit_mb} MB.</source>
        <translation>Файл «{name}» больше {limit_mb} МБ.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="36" />
        <source>“{name}” is not a readable zip archive.</source>
        <translation>«{name}» — не читаемый zip-архив.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="37" />
        <source>The zip archive “{name}” holds more than {limit} files.</source>
        <translation>В zip-архиве «{name}» больше {limit} файлов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="40" />
        <source>The zip archive “{name}” unpacks to far more than it weighs (a zip bomb?): refused.</source>
        <translation>Zip-архив «{name}» распаковывается во много раз больше своего размера (zip-бомба?): отклонён.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="43" />
        <source>No file “{name}” was uploaded.</source>
        <translation>Файл «{name}» не был загружен.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/messages/export.py" line="44" />
        <source>The account {login} is for the exchange with 1C only: it cannot open the desk.</source>
        <translation>Учётная запись {login} предназначена только для обмена с 1С: открыть с ней рабочее место нельзя.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="97" />
        <location filename="../../orderdesk_gui/ui/people_window.py" line="44" />
        <source>active</source>
        <translation>активный</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="98" />
        <source>potential</source>
        <translation>потенциальный</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="99" />
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="102" />
        <source>order</source>
        <translation>заказ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="103" />
        <source>information</source>
        <translation>справка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="104" />
        <source>complaint</source>
        <translation>жалоба</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="105" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="48" />
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="109" />
        <source>in</source>
        <translation>вх.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="109" />
        <source>out</source>
        <translation>исх.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="116" />
        <source>Exchange with 1C</source>
        <translation>Обмен с 1С</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="130" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="130" />
        <source>OK: orders may be taken</source>
        <translation>OK: заказ можно принимать</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="133" />
        <source>watch</source>
        <translation>внимание</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="134" />
        <source>CAUTION: close to the limit or due soon</source>
        <translation>ВНИМАНИЕ: близко к лимиту или скоро срок оплаты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="136" />
        <source>STOP</source>
        <translation>СТОП</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="136" />
        <source>STOP: debt: no orders</source>
        <translation>СТОП: долг, заказы не принимаются</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="176" />
        <source>Debt</source>
        <translation>Долг</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="205" />
        <source>%d lines</source>
        <translation>строк: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="207" />
        <source>accepted, not invoiced</source>
        <translation>принят, без счёта</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="208" />
        <source>invoiced</source>
        <translation>счёт выставлен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="209" />
        <source>delivered</source>
        <translation>доставлен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="210" />
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="211" />
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="50" />
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="25" />
        <source>☎ on a call</source>
        <translation>☎ на звонке</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="26" />
        <source>✎ after-call work</source>
        <translation>✎ после звонка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="27" />
        <source>● available</source>
        <translation>● свободен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="28" />
        <source>◐ away</source>
        <translation>◐ отошёл</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="29" />
        <source>○ absent</source>
        <translation>○ отсутствует</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="30" />
        <source>— signed out</source>
        <translation>— не в системе</translation>
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
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="72" />
        <source>For</source>
        <translation>Сколько</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="73" />
        <source>With whom</source>
        <translation>С кем</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="74" />
        <source>Desk</source>
        <translation>Рабочее место</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="75" />
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="76" />
        <source>Talk time</source>
        <translation>Разговоры</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="78" />
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="83" />
        <source>Offers accepted</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="112" />
        <source>Sales manager</source>
        <translation>Менеджер по продажам</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="113" />
        <source>Head of sales</source>
        <translation>Руководитель продаж</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="114" />
        <source>Finance</source>
        <translation>Финансы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="115" />
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="119" />
        <source>available</source>
        <translation>на месте</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="120" />
        <source>away</source>
        <translation>отошёл</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="121" />
        <source>absent</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="54" />
        <source>Registered</source>
        <translation>Зарегистр.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="113" />
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="55" />
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="56" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="56" />
        <source>Category</source>
        <translation>Категория</translation>
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
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="65" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="25" />
        <source>everything</source>
        <translation>всё</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="26" />
        <source>debt overrides</source>
        <translation>разрешения при долге</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="27" />
        <source>manual prices</source>
        <translation>ручные цены</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="28" />
        <source>client changes</source>
        <translation>изменения клиентов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="29" />
        <source>users, rights and settings</source>
        <translation>пользователи, права и настройки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="30" />
        <source>presence and take-overs</source>
        <translation>присутствие и перехват заказов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="31" />
        <source>sign-ins and failures</source>
        <translation>входы и неудачные попытки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="32" />
        <source>imports and exports</source>
        <translation>загрузки и выгрузки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="33" />
        <source>orders accepted and cancelled</source>
        <translation>принятые и отменённые заказы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="34" />
        <source>calls, callbacks, tasks, complaints</source>
        <translation>звонки, перезвоны, задания, жалобы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="38" />
        <source>approval refused (wrong password)</source>
        <translation>разрешение отклонено (неверный пароль)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="39" />
        <source>call closed</source>
        <translation>звонок завершён</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="40" />
        <source>consultation noted</source>
        <translation>отмечена консультация</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="41" />
        <source>call transferred</source>
        <translation>звонок переведён</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="42" />
        <source>callback request added</source>
        <translation>добавлена просьба перезвонить</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="43" />
        <source>callback request cancelled</source>
        <translation>просьба перезвонить отменена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="44" />
        <source>callback request updated</source>
        <translation>просьба перезвонить изменена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="45" />
        <source>callback requests imported</source>
        <translation>загружены просьбы перезвонить</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="46" />
        <source>client created</source>
        <translation>клиент создан</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="47" />
        <source>client changed</source>
        <translation>клиент изменён</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="48" />
        <source>company set up</source>
        <translation>компания настроена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="49" />
        <source>department head changed</source>
        <translation>сменён руководитель отдела</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="50" />
        <source>complaint registered</source>
        <translation>жалоба принята</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="51" />
        <source>complaint resolved</source>
        <translation>жалоба решена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="52" />
        <source>complaint taken</source>
        <translation>жалоба взята в работу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="53" />
        <source>debt gate overridden</source>
        <translation>разрешено сверх долга</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="54" />
        <source>draft taken over</source>
        <translation>черновик перехвачен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="55" />
        <source>accounting file imported</source>
        <translation>загружен файл бухгалтерии</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="56" />
        <source>stopped at the debt gate</source>
        <translation>остановлен по долгу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="57" />
        <source>manager assigned</source>
        <translation>назначен менеджер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="58" />
        <source>price set by hand</source>
        <translation>цена задана вручную</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="59" />
        <source>order accepted</source>
        <translation>заказ принят</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="60" />
        <source>order cancelled</source>
        <translation>заказ отменён</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="61" />
        <source>order marked invoiced</source>
        <translation>заказ отмечен выставленным</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="62" />
        <source>order status from accounting</source>
        <translation>статус заказа из бухгалтерии</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="63" />
        <source>order statuses imported</source>
        <translation>загружены статусы заказов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="64" />
        <source>orders exported</source>
        <translation>заказы выгружены</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="65" />
        <source>password changed</source>
        <translation>пароль изменён</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="66" />
        <source>presence changed</source>
        <translation>присутствие изменено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="67" />
        <source>routing rules replaced</source>
        <translation>правила маршрутизации заменены</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="68" />
        <source>signed in</source>
        <translation>вход в систему</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="69" />
        <source>sign-in refused</source>
        <translation>вход отклонён</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="70" />
        <source>task closed</source>
        <translation>задание закрыто</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="71" />
        <source>task created</source>
        <translation>задание создано</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="72" />
        <source>user created</source>
        <translation>пользователь создан</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="73" />
        <source>user reactivated</source>
        <translation>пользователь снова включён</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="74" />
        <source>user deactivated</source>
        <translation>пользователь отключён</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="75" />
        <source>user changed</source>
        <translation>пользователь изменён</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="76" />
        <source>rights of a role changed</source>
        <translation>изменены права роли</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="77" />
        <source>password reset</source>
        <translation>пароль сброшен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="78" />
        <source>account unlocked</source>
        <translation>учётная запись разблокирована</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="79" />
        <source>account locked after failed sign-ins</source>
        <translation>учётная запись заблокирована после неудачных входов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="111" />
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="77" />
        <location filename="../../orderdesk_gui/ui/task_models.py" line="83" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="112" />
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="78" />
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="59" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="114" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="115" />
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/audit_window.py" line="117" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="81" />
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="177" />
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="44" />
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="178" />
        <source>Type</source>
        <translation>Тип</translation>
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
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="54" />
        <location filename="../../orderdesk_gui/ui/journal.py" line="119" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="55" />
        <source>Direction</source>
        <translation>Направление</translation>
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
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="67" />
        <source>Rejects</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="76" />
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="162" />
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="78" />
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="165" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="84" />
        <location filename="../../orderdesk_gui/ui/import_dialog.py" line="169" />
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="109" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="93" />
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="94" />
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="95" />
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="96" />
        <source>Deactivated</source>
        <translation>Отключено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="97" />
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="123" />
        <source>In/out</source>
        <translation>Вх./исх.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="125" />
        <source>Client or number</source>
        <translation>Клиент или номер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="129" />
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="96" />
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="130" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="286" />
        <location filename="../../orderdesk_gui/ui/task_models.py" line="70" />
        <location filename="../../orderdesk_gui/ui/task_models.py" line="84" />
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="58" />
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="132" />
        <source>Duration</source>
        <translation>Длит.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="137" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/journal.py" line="115" />
        <location filename="../../orderdesk_gui/ui/models.py" line="190" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="24" />
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="44" />
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="27" />
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="47" />
        <location filename="../../orderdesk_gui/ui/models.py" line="191" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/board_window.py" line="81" />
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="29" />
        <location filename="../../orderdesk_gui/ui/invoicing_dialog.py" line="49" />
        <location filename="../../orderdesk_gui/ui/models.py" line="193" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="87" />
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/complaints_dialog.py" line="59" />
        <location filename="../../orderdesk_gui/ui/fulfilment_dialog.py" line="30" />
        <location filename="../../orderdesk_gui/ui/people_window.py" line="175" />
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="124" />
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/models.py" line="198" />
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="30" />
        <source>asked</source>
        <translation>по запросу</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="31" />
        <source>suggested</source>
        <translation>предложено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="32" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="38" />
        <source>usual</source>
        <translation>обычный</translation>
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
        <translation>повтор</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="35" />
        <source>manual price</source>
        <translation>цена вручную</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="39" />
        <source>special</source>
        <translation>спецпредложение</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="41" />
        <source>new</source>
        <translation>новинка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="42" />
        <source>for this type</source>
        <translation>для типа клиента</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="45" />
        <source>not needed</source>
        <translation>не нужно</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="46" />
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="47" />
        <source>has stock</source>
        <translation>есть запас</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="53" />
        <source>per pack</source>
        <translation>в упаковке</translation>
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
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="74" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="137" />
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="75" />
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="76" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="138" />
        <source>Pack</source>
        <translation>Упак.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="78" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="139" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="161" />
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="83" />
        <source>Disc. %</source>
        <translation>Скидка %</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="88" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="140" />
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/exchange_log_dialog.py" line="58" />
        <location filename="../../orderdesk_gui/ui/journal.py" line="135" />
        <location filename="../../orderdesk_gui/ui/order_models.py" line="90" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_models.py" line="162" />
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="245" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="288" />
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="49" />
        <source>Task</source>
        <translation>Задание</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="50" />
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="52" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="55" />
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="56" />
        <source>Refused</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="71" />
        <location filename="../../orderdesk_gui/ui/task_models.py" line="90" />
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="82" />
        <source>Called by</source>
        <translation>Кто звонил</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_models.py" line="86" />
        <source>Refusal reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="45" />
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="46" />
        <source>Last order</source>
        <translation>Последний заказ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="48" />
        <source>Usual interval, days</source>
        <translation>Обычный интервал, дн.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="52" />
        <source>Days overdue</source>
        <translation>Просрочка, дн.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="54" />
        <source>Value lost</source>
        <translation>Упущенная сумма</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="56" />
        <source>Last called</source>
        <translation>Последний звонок</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="23" />
        <source>take orders</source>
        <translation>принимать заказы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="24" />
        <source>override the debt gate</source>
        <translation>пропускать через долговой барьер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="25" />
        <source>set a price by hand</source>
        <translation>ставить цену вручную</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="26" />
        <source>edit clients</source>
        <translation>изменять клиентов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="27" />
        <source>edit credit terms</source>
        <translation>изменять условия кредита</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="28" />
        <source>mark orders invoiced</source>
        <translation>отмечать заказы выставленными</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="29" />
        <source>assign a manager</source>
        <translation>назначать менеджера</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="30" />
        <source>manage outbound tasks</source>
        <translation>управлять исходящими заданиями</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="31" />
        <source>resolve complaints</source>
        <translation>решать жалобы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="32" />
        <source>edit call routing</source>
        <translation>настраивать маршрутизацию звонков</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="33" />
        <source>manage people and rights</source>
        <translation>управлять людьми и правами</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="34" />
        <source>view reports</source>
        <translation>смотреть отчёты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="35" />
        <source>exchange data with accounting</source>
        <translation>обмен данными с бухгалтерией</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="36" />
        <source>manage promotions</source>
        <translation>управлять акциями</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="44" />
        <source>inactive</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="48" />
        <source>locked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="50" />
        <source>new password due</source>
        <translation>нужен новый пароль</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="171" />
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="172" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="77" />
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="173" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="176" />
        <source>Heads</source>
        <translation>Руководит</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="177" />
        <source>Extension</source>
        <translation>Внутр. номер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="85" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="89" />
        <source>Products</source>
        <translation>Товаров</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="91" />
        <source>For clients</source>
        <translation>Для клиентов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="93" />
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="94" />
        <source>Client type</source>
        <translation>Тип клиента</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="104" />
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="107" />
        <source>Then</source>
        <translation>Тогда</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="125" />
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
</context>
<context>
    <name>OrderController</name>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="122" />
        <source>The order has no lines yet.</source>
        <translation>В заказе ещё нет строк.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="130" />
        <source>The debt gate is red with this order: %s</source>
        <translation>С этим заказом долг в красной зоне: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="86" />
        <source>Start the order first (F4).</source>
        <translation>Сначала начните заказ (F4).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="70" />
        <source>The other desk closed this order: Ctrl+Shift+O edits it here.</source>
        <translation>Другое рабочее место закрыло этот заказ: Ctrl+Shift+O — редактировать его здесь.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="221" />
        <source>only %s in stock</source>
        <translation>на складе только %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="236" />
        <source>The connection is lost: the line is added when it is back.</source>
        <translation>Связь потеряна: строка добавится, как только связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="268" />
        <source>Line removed: Ctrl+Z brings it back.</source>
        <translation>Строка удалена: Ctrl+Z вернёт её.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="342" />
        <source>Choose why the client declined.</source>
        <translation>Выберите причину отказа.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="383" />
        <source>The connection is back: the order is saved.</source>
        <translation>Связь восстановлена: заказ сохранён.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="401" />
        <source>The connection to the database is lost: the order stays here and is saved as soon as the connection is back (trying again in %d s).</source>
        <translation>Нет связи с базой данных: заказ остаётся здесь и сохранится, как только связь вернётся (новая попытка через %d с).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_controller.py" line="408" />
        <source>The draft could not be saved: %s</source>
        <translation>Черновик не сохранён: %s</translation>
    </message>
</context>
<context>
    <name>OrderDeskApp</name>
    <message>
        <location filename="../../orderdesk_gui/ui/app.py" line="151" />
        <source>Building the demo database…</source>
        <translation>Создаётся демонстрационная база…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/app.py" line="219" />
        <source>The company is set up. Sign in as %1 with the password just chosen.</source>
        <translation>Компания настроена. Войдите как %1 с только что выбранным паролем.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/app.py" line="251" />
        <source>This database has no users yet. Create the first administrator on this computer with: orderdesk user add NAME --role admin</source>
        <translation>В этой базе ещё нет пользователей. Создайте первого администратора на этом компьютере командой: orderdesk user add ИМЯ --role admin</translation>
    </message>
</context>
<context>
    <name>OrderGuideDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/order_guide.py" line="129" />
        <source>Order guide: %s</source>
        <translation>Бланк заказа: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_guide.py" line="133" />
        <source>reading the client's history…</source>
        <translation>читаю историю клиента…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_guide.py" line="142" />
        <source>The client bought nothing in the last two years.</source>
        <translation>Клиент ничего не покупал за последние два года.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_guide.py" line="157" />
        <source>%d of %d products</source>
        <translation>%d из %d товаров</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_guide.py" line="237" />
        <source>In the order: %d lines · total &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>В заказе строк: %d · сумма &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/order_guide.ui" line="6" />
        <location filename="../../forms/order_guide.ui" line="9" />
        <source>Order guide</source>
        <translation>Бланк заказа</translation>
    </message>
    <message>
        <location filename="../../forms/order_guide.ui" line="15" />
        <source>&amp;Filter:</source>
        <translation>&amp;Фильтр:</translation>
    </message>
    <message>
        <location filename="../../forms/order_guide.ui" line="21" />
        <source>Code or part of the name; ↓ to the quantities</source>
        <translation>Код или часть названия; ↓ к количествам</translation>
    </message>
    <message>
        <location filename="../../forms/order_guide.ui" line="44" />
        <source>Type a quantity in the row · Enter or ↓ adds it to the order, ↑ goes back · 0 removes the line · letters filter · Esc back to the order</source>
        <translation>Количество — прямо в строке · Enter или ↓ добавляет в заказ, ↑ назад · 0 удаляет строку · буквы — фильтр · Esc назад к заказу</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="82" />
        <source>Order &amp;guide (usual products)…</source>
        <translation>&amp;Бланк заказа (обычные товары)…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="98" />
        <source>Take the &amp;order over from the other desk…</source>
        <translation>Забрать &amp;заказ с другого рабочего места…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="116" />
        <source>Take the order over</source>
        <translation>Забрать заказ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="118" />
        <source>%s is editing order no. %d at desk %s. Take it over? Their screen shows it read-only from then on, and what they typed but did not save yet is not kept.</source>
        <translation>%s редактирует заказ № %d за рабочим местом %s. Забрать его себе? На их экране заказ станет только для просмотра, а то, что они набрали, но ещё не сохранили, не сохранится.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="126" />
        <source>&amp;Take over</source>
        <translation>&amp;Забрать</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="127" />
        <source>&amp;Leave it</source>
        <translation>&amp;Оставить</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="138" />
        <source>Start the order first (F4).</source>
        <translation>Сначала начните заказ (F4).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="165" />
        <source>Find the caller first (F3); their card opens on the left.</source>
        <translation>Сначала найдите звонящего (F3): его карточка откроется слева.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="169" />
        <source>Draft order no. %d of %s (%d lines, %s) is open for this client: F4 resumes it.</source>
        <translation>У клиента открыт черновик заказа № %d от %s (строк %d, %s): F4 продолжит его.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="178" />
        <source>Client on screen: %s — F4 starts the order</source>
        <translation>Клиент на экране: %s — F4 начинает заказ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="192" />
        <location filename="../../forms/order_panel.ui" line="12" />
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="197" />
        <source>Order no. %d (read-only): %s</source>
        <translation>Заказ № %d (только просмотр): %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="201" />
        <source>%s is editing this order at desk %s. Ctrl+Shift+O takes it over.</source>
        <translation>Этот заказ редактирует %s за рабочим местом %s. Ctrl+Shift+O — забрать его себе.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="206" />
        <source>Order no. %d (draft): %s</source>
        <translation>Заказ № %d (черновик): %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="211" />
        <source>Prices of the client's price column; a better promotion price applies by itself.</source>
        <translation>Цены по колонке клиента; более выгодная акционная цена применяется сама.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="215" />
        <source>Debt gate overridden for this order, up to %s.</source>
        <translation>Долговой запрет снят для этого заказа, до %s.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="220" />
        <source>Debt gate overridden for this order.</source>
        <translation>Запрет по долгу снят для этого заказа.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="247" />
        <source>Total &lt;b&gt;%s&lt;/b&gt;</source>
        <translation>Итого &lt;b&gt;%s&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="248" />
        <source>discount %s</source>
        <translation>скидка %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="249" />
        <source>%s kg</source>
        <translation>%s кг</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="250" />
        <source>%d lines</source>
        <translation>строк: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="258" />
        <source>Over the credit limit or overdue: %s</source>
        <translation>Сверх лимита или просрочено: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="265" />
        <source>Headroom under the limit: %s</source>
        <translation>Запас до лимита: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="275" />
        <source>More than the %s approved: saving asks for approval again</source>
        <translation>Больше одобренных %s: при сохранении потребуется повторное одобрение</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="278" />
        <source>The override names no amount: saving asks for approval again</source>
        <translation>В разрешении нет суммы: при сохранении потребуется повторное одобрение</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="283" />
        <source>Approved up to %s: %s left</source>
        <translation>Одобрено до %s: осталось %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="313" />
        <source>No product matches %r.</source>
        <translation>Товар %r не найден.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="326" />
        <source>Choose a product from the list.</source>
        <translation>Выберите товар из списка.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="336" />
        <source>%s: pack of %s %s, %s in stock</source>
        <translation>%s: упаковка %s %s, на складе %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/order_panel.py" line="388" />
        <source>Order %s accepted and passed to fulfilment.</source>
        <translation>Заказ %s принят и передан на исполнение.</translation>
    </message>
    <message>
        <location filename="../../forms/order_panel.ui" line="21" />
        <source>&amp;Product:</source>
        <translation>&amp;Товар:</translation>
    </message>
    <message>
        <location filename="../../forms/order_panel.ui" line="27" />
        <source>Code, barcode or part of the name; ↓↑ choose, Enter</source>
        <translation>Код, штрихкод или часть названия; ↓↑ выбор, Enter</translation>
    </message>
    <message>
        <location filename="../../forms/order_panel.ui" line="33" />
        <source>&amp;Qty:</source>
        <translation>&amp;Кол-во:</translation>
    </message>
    <message>
        <location filename="../../forms/order_panel.ui" line="66" />
        <source>Enter add · Del remove (Ctrl+Z undo) · F2 change qty · Ctrl+G order guide · Ctrl+R repeat last order · Ctrl+U usual basket · F10 complete</source>
        <translation>Enter добавить · Del удалить (Ctrl+Z вернуть) · F2 изменить кол-во · Ctrl+G бланк заказа · Ctrl+R повторить заказ · Ctrl+U обычный набор · F10 оформить</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="77" />
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Пароли не совпадают: введите один и тот же дважды.</translation>
    </message>
    <message>
        <location filename="../../forms/password_dialog.ui" line="6" />
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../../forms/password_dialog.ui" line="11" />
        <source>&amp;New password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../forms/password_dialog.ui" line="13" />
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <location filename="../../orderdesk_gui/ui/people_actions.py" line="21" />
        <source>P&amp;eople and rights…</source>
        <translation>&amp;Люди и права…</translation>
    </message>
</context>
<context>
    <name>PeopleWindow</name>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="250" />
        <location filename="../../forms/people_window.ui" line="25" />
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="250" />
        <source>Re&amp;activate</source>
        <translation>&amp;Включить снова</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="274" />
        <source>%s created: a new password is due at the first sign-in.</source>
        <translation>%s создан: при первом входе нужно задать новый пароль.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="285" />
        <source>%s saved.</source>
        <translation>%s сохранён.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="295" />
        <source>A temporary password for %s (8 characters or more, not the user name, not only digits): they choose their own at the next sign-in.</source>
        <translation>Временный пароль для %s (не короче 8 символов, не имя пользователя, не только цифры): при следующем входе он задаст свой.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="308" />
        <source>The password of %s was reset.</source>
        <translation>Пароль %s сброшен.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="322" />
        <source>%s is active again.</source>
        <translation>%s снова включён.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="324" />
        <source>%s is deactivated: their calls and orders keep the name.</source>
        <translation>%s отключён: его звонки и заказы сохраняют имя.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="341" />
        <source>%s is unlocked.</source>
        <translation>%s разблокирован.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="368" />
        <source>changed from the default</source>
        <translation>изменено относительно исходного</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="390" />
        <source>Rights saved.</source>
        <translation>Права сохранены.</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="6" />
        <source>People and rights</source>
        <translation>Люди и права</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="11" />
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="15" />
        <source>Sho&amp;w inactive</source>
        <translation>Показать о&amp;тключённых</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="22" />
        <source>&amp;New…</source>
        <translation>&amp;Новый…</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="23" />
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="24" />
        <source>&amp;Reset password…</source>
        <translation>&amp;Сбросить пароль…</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="26" />
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="33" />
        <source>R&amp;ights of roles</source>
        <translation>&amp;Права ролей</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="38" />
        <source>Space ticks or clears a right. Grey cells cannot change: an administrator always manages users; the exchange account only exchanges data.</source>
        <translation>Пробел ставит или снимает право. Серые ячейки не меняются: администратор всегда управляет пользователями; учётная запись обмена только обменивается данными.</translation>
    </message>
    <message>
        <location filename="../../forms/people_window.ui" line="39" />
        <source>&amp;Save rights</source>
        <translation>Со&amp;хранить права</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="101" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="107" />
        <source>New person</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/people_window.py" line="110" />
        <source>Person: %s</source>
        <translation>Сотрудник: %s</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="6" />
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="10" />
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="12" />
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="14" />
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="16" />
        <source>&amp;Department:</source>
        <translation>&amp;Отдел:</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="18" />
        <source>&amp;Heads:</source>
        <translation>Р&amp;уководит:</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="20" />
        <source>&amp;Key-account manager</source>
        <translation>&amp;Менеджер ключевых клиентов</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="21" />
        <source>E&amp;xtension:</source>
        <translation>&amp;Внутр. номер:</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="23" />
        <source>P&amp;hone:</source>
        <translation>Те&amp;лефон:</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="25" />
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../forms/person_dialog.ui" line="27" />
        <source>First &amp;password:</source>
        <translation>Первый &amp;пароль:</translation>
    </message>
</context>
<context>
    <name>PresenceActions</name>
    <message>
        <location filename="../../orderdesk_gui/ui/presence_actions.py" line="31" />
        <source>Away / &amp;back</source>
        <translation>Отошёл / &amp;вернулся</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/presence_actions.py" line="33" />
        <source>&amp;Presence and substitute…</source>
        <translation>&amp;Присутствие и замещение…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/presence_actions.py" line="59" />
        <source>You are %s.</source>
        <translation>Ваше состояние: %s.</translation>
    </message>
</context>
<context>
    <name>PresenceDialog</name>
    <message>
        <location filename="../../forms/presence_dialog.ui" line="6" />
        <source>Presence and substitute</source>
        <translation>Присутствие и замещение</translation>
    </message>
    <message>
        <location filename="../../forms/presence_dialog.ui" line="10" />
        <source>&amp;Person:</source>
        <translation>&amp;Сотрудник:</translation>
    </message>
    <message>
        <location filename="../../forms/presence_dialog.ui" line="12" />
        <source>P&amp;resence:</source>
        <translation>&amp;Присутствие:</translation>
    </message>
    <message>
        <location filename="../../forms/presence_dialog.ui" line="14" />
        <source>Absent &amp;until (last day):</source>
        <translation>Отсутствует &amp;до (последний день):</translation>
    </message>
    <message>
        <location filename="../../forms/presence_dialog.ui" line="16" />
        <source>&amp;Substitute:</source>
        <translation>&amp;Замещает:</translation>
    </message>
</context>
<context>
    <name>PromotionsWindow</name>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="31" />
        <source>special price or discount</source>
        <translation>спеццена или скидка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="32" />
        <source>items to offer</source>
        <translation>товары к предложению</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="33" />
        <source>a note for the operator</source>
        <translation>заметка для оператора</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="36" />
        <source>running now</source>
        <translation>идут сейчас</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="37" />
        <source>starting later</source>
        <translation>начнутся позже</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="38" />
        <source>over</source>
        <translation>закончились</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="39" />
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="69" />
        <source>every client type</source>
        <translation>любой тип клиентов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="71" />
        <source>every region</source>
        <translation>любой регион</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="81" />
        <source>from accounting</source>
        <translation>из бухгалтерии</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="102" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="103" />
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="104" />
        <source>Special price</source>
        <translation>Спеццена</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="105" />
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="106" />
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="193" />
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="194" />
        <source>Drop the changes to this promotion?</source>
        <translation>Отбросить изменения этой акции?</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="210" />
        <source>A new promotion: name it, choose its products, Ctrl+S saves.</source>
        <translation>Новая акция: назовите её, выберите товары, Ctrl+S сохраняет.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="218" />
        <source>From accounting: change it there (shown read-only here).</source>
        <translation>Из бухгалтерии: меняйте там (здесь только просмотр).</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="277" />
        <source>No product found.</source>
        <translation>Товар не найден.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/promotions_window.py" line="346" />
        <source>Saved: order entry and the suggestions use it from now on.</source>
        <translation>Сохранено: приём заказов и подсказки учитывают её с этого момента.</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="6" />
        <source>Promotions and special items</source>
        <translation>Акции и спецтовары</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="10" />
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="12" />
        <source>F&amp;ind:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="14" />
        <source>&amp;New promotion</source>
        <translation>Новая &amp;акция</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="27" />
        <source>N&amp;ame:</source>
        <translation>На&amp;звание:</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="29" />
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="31" />
        <source>&amp;From, to:</source>
        <translation>&amp;С, по:</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="36" />
        <source>A&amp;ctive</source>
        <translation>Д&amp;ействует</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="40" />
        <source>For &amp;clients:</source>
        <translation>Для &amp;клиентов:</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="47" />
        <source>Note for the &amp;operator:</source>
        <translation>Заметка для &amp;оператора:</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="49" />
        <source>Add a &amp;product:</source>
        <translation>Добавить &amp;товар:</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="50" />
        <source>code, barcode or name; Enter finds, ↓ chooses</source>
        <translation>код, штрихкод или название; Enter ищет, ↓ выбирает</translation>
    </message>
    <message>
        <location filename="../../forms/promotions_window.ui" line="64" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="111" />
        <source>Shift report</source>
        <translation>Отчёт за смену</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="125" />
        <source>the whole desk, by operator</source>
        <translation>весь отдел, по операторам</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="129" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="130" />
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="131" />
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="132" />
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="155" />
        <source>Export &amp;CSV…</source>
        <translation>Экспорт &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="156" />
        <source>Export &amp;XLSX…</source>
        <translation>Экспорт &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="164" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="166" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="172" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="222" />
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="225" />
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="244" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="289" />
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="256" />
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="294" />
        <source>the whole desk</source>
        <translation>весь отдел</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="257" />
        <source>Shift report for %s: %s</source>
        <translation>Отчёт за смену %s: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="259" />
        <source>Calls by hour: %s</source>
        <translation>Звонки по часам: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="280" />
        <source>Average call, seconds</source>
        <translation>Средний звонок, секунд</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="290" />
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="291" />
        <source>Calls</source>
        <translation>Звонков</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="292" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="311" />
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="311" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="312" />
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/reports_dialog.py" line="321" />
        <source>Saved to %s</source>
        <translation>Сохранено в %s</translation>
    </message>
</context>
<context>
    <name>RoutingActions</name>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_actions.py" line="24" />
        <source>R&amp;outing: departments, heads and rules…</source>
        <translation>&amp;Маршрутизация: отделы, руководители и правила…</translation>
    </message>
</context>
<context>
    <name>RoutingRuleDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="523" />
        <source>Steps, separated by commas, tried in order: %s</source>
        <translation>Шаги через запятую, пробуются по порядку: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="532" />
        <source>unknown step</source>
        <translation>неизвестный шаг</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="6" />
        <source>Routing rule</source>
        <translation>Правило маршрутизации</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="10" />
        <source>&amp;Priority (lowest first):</source>
        <translation>&amp;Приоритет (меньший раньше):</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="12" />
        <source>Client t&amp;ype:</source>
        <translation>&amp;Тип клиента:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="14" />
        <source>P&amp;urpose of the call:</source>
        <translation>&amp;Цель звонка:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="16" />
        <source>&amp;New client:</source>
        <translation>&amp;Новый клиент:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="18" />
        <source>&amp;Then:</source>
        <translation>Т&amp;огда:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="20" />
        <source>Transfer t&amp;o, in order:</source>
        <translation>Перевести н&amp;а, по порядку:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="23" />
        <source>A&amp;ssigns a manager (new clients):</source>
        <translation>Назначает &amp;менеджера (новым клиентам):</translation>
    </message>
    <message>
        <location filename="../../forms/routing_rule_dialog.ui" line="26" />
        <source>&amp;Reason shown to the operator:</source>
        <translation>П&amp;ричина для оператора:</translation>
    </message>
</context>
<context>
    <name>RoutingWindow</name>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="40" />
        <source>the client's manager</source>
        <translation>менеджер клиента</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="41" />
        <source>any available key-account manager</source>
        <translation>любой свободный менеджер ключевых клиентов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="42" />
        <source>finance</source>
        <translation>финансовая служба</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="45" />
        <source>take the call here</source>
        <translation>принять звонок здесь</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="46" />
        <source>transfer</source>
        <translation>перевести</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="49" />
        <source>new or known</source>
        <translation>новый или известный</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="50" />
        <source>new only</source>
        <translation>только новый</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="51" />
        <source>known only</source>
        <translation>только известный</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="55" />
        <source>as in the books today</source>
        <translation>как в учёте сегодня</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="56" />
        <source>red: orders stopped</source>
        <translation>красный: заказы остановлены</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="57" />
        <source>no debt</source>
        <translation>без долга</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="100" />
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="181" />
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="493" />
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="496" />
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="135" />
        <source>the rules being edited here</source>
        <translation>правила, редактируемые здесь</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="136" />
        <source>the saved rules (as the desks route now)</source>
        <translation>сохранённые правила (как маршрутизируют сейчас)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="189" />
        <source>head of %s</source>
        <translation>руководитель: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="200" />
        <source>a manager assigned by %s</source>
        <translation>менеджера назначает %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="210" />
        <source>— nobody —</source>
        <translation>— никто —</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="211" />
        <source>nobody (presence as it is today)</source>
        <translation>никто (присутствие как сегодня)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="226" />
        <location filename="../../forms/routing_window.ui" line="6" />
        <source>Routing: departments, heads and rules</source>
        <translation>Маршрутизация: отделы, руководители и правила</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="320" />
        <source>Routing rules saved: %d. The desks route by them from the next call.</source>
        <translation>Правила маршрутизации сохранены: %d. Рабочие места применяют их со следующего звонка.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="340" />
        <source>Head of %s: %s</source>
        <translation>Руководитель отдела «%s»: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="356" />
        <source>No client found.</source>
        <translation>Клиент не найден.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="362" />
        <source>Find a client first.</source>
        <translation>Сначала найдите клиента.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="382" />
        <source>manager: %s</source>
        <translation>менеджер: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="384" />
        <source>%s, a call about: %s.</source>
        <translation>%s, звонок по теме: %s.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="387" />
        <source>Taken as absent today: %s.</source>
        <translation>Считается отсутствующим сегодня: %s.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="391" />
        <source>red debt: an order call goes to the client's manager, else to finance, whatever the rules.</source>
        <translation>красный долг: звонок с заказом идёт менеджеру клиента, иначе в финансовую службу, независимо от правил.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="394" />
        <source>no rule matches this call: it is taken here.</source>
        <translation>ни одно правило не подходит: звонок принимается здесь.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="398" />
        <source>the rule with priority %d matched (the first that fits, lowest priority first)</source>
        <translation>сработало правило с приоритетом %d (первое подходящее, меньший приоритет раньше)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="401" />
        <source>(row %d of the table)</source>
        <translation>(строка %d таблицы)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="403" />
        <source>Why: %s</source>
        <translation>Почему: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="427" />
        <source>Routing</source>
        <translation>Маршрутизация</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/routing_window.py" line="428" />
        <source>The rule changes are not saved. Close and lose them?</source>
        <translation>Изменения правил не сохранены. Закрыть и потерять их?</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="12" />
        <source>&amp;1 Rules</source>
        <translation>&amp;1 Правила</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="16" />
        <source>The first rule that matches a call decides where it goes, by priority (lowest first). Changes take effect when saved (Ctrl+S), all at once.</source>
        <translation>Куда идёт звонок, решает первое подходящее правило по приоритету (меньший раньше). Изменения вступают в силу после сохранения (Ctrl+S), все сразу.</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="25" />
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="26" />
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="27" />
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="28" />
        <source>Move &amp;up</source>
        <translation>В&amp;верх</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="29" />
        <source>Move &amp;down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="38" />
        <source>&amp;2 Departments and heads</source>
        <translation>&amp;2 Отделы и руководители</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="43" />
        <source>H&amp;ead of the selected department:</source>
        <translation>&amp;Руководитель выбранного отдела:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="45" />
        <source>Set &amp;head</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="50" />
        <source>A head is set at once, one per department, chosen among active users; the routing steps “head:…” reach them.</source>
        <translation>Руководитель назначается сразу, один на отдел, из активных пользователей; шаги маршрутизации «head:…» ведут к нему.</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="57" />
        <source>&amp;3 Preview</source>
        <translation>&amp;3 Проверка</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="61" />
        <source>&amp;Find a client:</source>
        <translation>&amp;Найти клиента:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="62" />
        <source>name, code, phone or BIN/IIN</source>
        <translation>название, код, телефон или БИН/ИИН</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="63" />
        <source>&amp;Client:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="65" />
        <source>&amp;Purpose of the call:</source>
        <translation>&amp;Цель звонка:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="67" />
        <source>De&amp;bt:</source>
        <translation>&amp;Долг:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="69" />
        <source>Taken as &amp;absent:</source>
        <translation>Считать &amp;отсутствующим:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="71" />
        <source>&amp;Rules:</source>
        <translation>&amp;Правила:</translation>
    </message>
    <message>
        <location filename="../../forms/routing_window.ui" line="77" />
        <source>Sho&amp;w where the call goes</source>
        <translation>Пока&amp;зать, куда пойдёт звонок</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_actions.py" line="21" />
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="41" />
        <source>Company and logo</source>
        <translation>Компания и логотип</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="42" />
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="43" />
        <source>Printer and paper</source>
        <translation>Принтер и бумага</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="44" />
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="45" />
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="46" />
        <source>Debt thresholds</source>
        <translation>Пороги задолженности</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="47" />
        <source>Callbacks</source>
        <translation>Перезвоны</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="48" />
        <source>Sleeping clients</source>
        <translation>Спящие клиенты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="49" />
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="50" />
        <source>This desk</source>
        <translation>Это рабочее место</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="54" />
        <source>Company name on documents</source>
        <translation>Название компании в документах</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="55" />
        <source>Company BIN</source>
        <translation>БИН компании</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="56" />
        <source>Company address</source>
        <translation>Адрес компании</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="57" />
        <source>Company phone</source>
        <translation>Телефон компании</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="58" />
        <source>Company fax</source>
        <translation>Факс компании</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="59" />
        <source>Company e-mail on documents</source>
        <translation>Эл. почта компании в документах</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="60" />
        <source>Company's bank on documents</source>
        <translation>Банк компании в документах</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="61" />
        <source>Company's bank account (IIK, IBAN)</source>
        <translation>Банковский счёт компании (ИИК, IBAN)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="62" />
        <source>Bank identification code (BIC)</source>
        <translation>Банковский идентификационный код (БИК)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="63" />
        <source>Logo on documents: a file name in resources/ or a path every desk reaches</source>
        <translation>Логотип в документах: имя файла в resources/ или путь, доступный с каждого рабочего места</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="66" />
        <source>Terms text printed under the order confirmation</source>
        <translation>Текст условий под подтверждением заказа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="67" />
        <source>Language of every document: ru, kk or en (empty: the operator's interface)</source>
        <translation>Язык всех документов: ru, kk или en (пусто: язык интерфейса оператора)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="70" />
        <source>Printer of this desk (empty: the system's)</source>
        <translation>Принтер этого рабочего места (пусто: системный)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="71" />
        <source>Paper size: A4 or Letter</source>
        <translation>Формат бумаги: A4 или Letter</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="72" />
        <source>Fax command on this desk; {file} and {number} are replaced</source>
        <translation>Команда отправки факса на этом месте; {file} и {number} подставляются</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="75" />
        <source>E-mail-to-fax gateway address, {number} replaced</source>
        <translation>Адрес шлюза «почта — факс», {number} подставляется</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="78" />
        <source>Fax TIFF encoding: group3-2d, group3-1d or group4</source>
        <translation>Кодирование TIFF для факса: group3-2d, group3-1d или group4</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="79" />
        <source>Mail (SMTP) server</source>
        <translation>Почтовый сервер (SMTP)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="80" />
        <source>SMTP server port (465: TLS at once)</source>
        <translation>Порт сервера SMTP (465: сразу TLS)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="81" />
        <source>Use STARTTLS</source>
        <translation>Использовать STARTTLS</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="82" />
        <source>SMTP login</source>
        <translation>Логин SMTP</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="83" />
        <source>SMTP password: kept in this computer's credential store, never in the database</source>
        <translation>Пароль SMTP: хранится в хранилище паролей этого компьютера, никогда не в базе</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="86" />
        <source>Sender address (empty: the company's e-mail)</source>
        <translation>Адрес отправителя (пусто: эл. почта компании)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="87" />
        <source>Seconds to wait for the mail server</source>
        <translation>Сколько секунд ждать почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="88" />
        <source>Unpaid remainder below which a document never blocks</source>
        <translation>Неоплаченный остаток, ниже которого документ не блокирует</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="91" />
        <source>Due within this many days turns the indicator amber</source>
        <translation>Срок оплаты в пределах стольких дней делает индикатор жёлтым</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="94" />
        <source>Share of the credit limit that turns it amber</source>
        <translation>Доля кредитного лимита, при которой индикатор жёлтый</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="95" />
        <source>Payment forms that create no receivable, comma separated</source>
        <translation>Формы оплаты без дебиторской задолженности, через запятую</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="98" />
        <source>Debts brought in longer ago than this many hours are shown as old</source>
        <translation>Долги, загруженные раньше стольких часов назад, показываются как устаревшие</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="101" />
        <source>Failed attempts before the head gets a callback</source>
        <translation>Неудачных попыток, после которых перезвон уходит руководителю</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="104" />
        <source>Minutes before a failed callback is due again</source>
        <translation>Через сколько минут неудавшийся перезвон снова в очереди</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="107" />
        <source>How often this desk looks for due callbacks, seconds</source>
        <translation>Как часто это место проверяет перезвоны, секунд</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="110" />
        <source>Overdue by this share of the usual interval: sleeping</source>
        <translation>Просрочка на такую долю обычного интервала — клиент спящий</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="113" />
        <source>Never sleeping before this many days without an order</source>
        <translation>Не спящий, пока без заказа меньше стольких дней</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="116" />
        <source>Orders needed before a client has a usual interval</source>
        <translation>Сколько заказов нужно, чтобы у клиента был обычный интервал</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="119" />
        <source>Days after a call in which an order reactivates</source>
        <translation>Дней после звонка, в которые заказ считается реактивацией</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="122" />
        <source>Prefix of readable order numbers</source>
        <translation>Префикс номеров заказов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="123" />
        <source>Suggestions to offer before an order completes</source>
        <translation>Сколько предложений сделать до завершения заказа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="126" />
        <source>Largest quantity accepted on one line</source>
        <translation>Наибольшее количество в одной строке</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="127" />
        <source>Deliver on Saturdays and Sundays</source>
        <translation>Доставлять в субботу и воскресенье</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="128" />
        <source>No-delivery dates, comma separated YYYY-MM-DD</source>
        <translation>Дни без доставки, через запятую, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="129" />
        <source>Office time zone, e.g. Asia/Almaty (empty: the computer's zone; after a restart)</source>
        <translation>Часовой пояс офиса, например Asia/Almaty (пусто: пояс компьютера; после перезапуска)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="132" />
        <source>This desk's name as colleagues see it (empty: the computer's name)</source>
        <translation>Имя этого рабочего места для коллег (пусто: имя компьютера)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="135" />
        <source>Interface language: en, ru, kk (empty: the system's; after a restart)</source>
        <translation>Язык интерфейса: en, ru, kk (пусто: системный; после перезапуска)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="138" />
        <source>Database URL (empty: the file in the data folder; after a restart)</source>
        <translation>URL базы данных (пусто: файл в папке данных; после перезапуска)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="172" />
        <source>Save (Ctrl+Enter)</source>
        <translation>Сохранить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="220" />
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="221" />
        <source>Restore the default</source>
        <translation>Вернуть значение по умолчанию</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="225" />
        <source>Whole office (in the database)</source>
        <translation>Для всего офиса (в базе данных)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="225" />
        <source>This desk only</source>
        <translation>Только это рабочее место</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="226" />
        <source>Default: %1</source>
        <translation>По умолчанию: %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="254" />
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="279" />
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="265" />
        <source>(unchanged)</source>
        <translation>(без изменений)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="275" />
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="275" />
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="370" />
        <source>This desk's settings were not saved: %1</source>
        <translation>Настройки этого рабочего места не сохранены: %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="408" />
        <source>Send a test message</source>
        <translation>Отправить тестовое письмо</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="409" />
        <source>Send a test message to:</source>
        <translation>Отправить тестовое письмо на адрес:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="415" />
        <source>Sending a test message…</source>
        <translation>Отправляется тестовое письмо…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="418" />
        <source>A test message went to %1.</source>
        <translation>Тестовое письмо отправлено на %1.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="442" />
        <source>test page</source>
        <translation>пробная страница</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="443" />
        <source>Printer: %1</source>
        <translation>Принтер: %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="443" />
        <source>(the system's)</source>
        <translation>(системный)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/settings_dialog.py" line="444" />
        <source>Paper: %1</source>
        <translation>Бумага: %1</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="6" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="14" />
        <source>Groups of settings</source>
        <translation>Группы настроек</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="27" />
        <source>Restore this group's &amp;defaults</source>
        <translation>Вернуть &amp;умолчания группы</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="28" />
        <source>Send a &amp;test message…</source>
        <translation>Отправить &amp;тестовое письмо…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui" line="29" />
        <source>Print a test &amp;page</source>
        <translation>Напечатать пробную &amp;страницу</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="51" />
        <source>OrderDesk: a new company on %1</source>
        <translation>OrderDesk: новая компания в базе %1</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="121" />
        <source>The program's rules need this department: its name may change.</source>
        <translation>Этот отдел нужен правилам программы: его название можно изменить.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="142" />
        <source>The program's rules need this department: rename it instead.</source>
        <translation>Этот отдел нужен правилам программы: вместо удаления переименуйте его.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="236" />
        <source>Step 1 of 3: the company's requisites</source>
        <translation>Шаг 1 из 3: реквизиты компании</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="237" />
        <source>Step 2 of 3: the first administrator</source>
        <translation>Шаг 2 из 3: первый администратор</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="238" />
        <source>Step 3 of 3: departments, client types and price columns</source>
        <translation>Шаг 3 из 3: отделы, типы клиентов и колонки цен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="283" />
        <source>Creating the company…</source>
        <translation>Компания создаётся…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="313" />
        <location filename="../../forms/setup_dialog.ui" line="126" />
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/setup_dialog.py" line="314" />
        <source>Quit without setting up the company? Nothing typed here is kept.</source>
        <translation>Выйти, не настроив компанию? Всё введённое здесь не сохранится.</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="6" />
        <source>OrderDesk: a new company</source>
        <translation>OrderDesk: новая компания</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="9" />
        <source>Set up a new company</source>
        <translation>Настройка новой компании</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="15" />
        <source>The company as its documents print it. Every desk on this database uses these requisites.</source>
        <translation>Компания так, как её печатают документы. Эти реквизиты используют все рабочие места этой базы.</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="17" />
        <source>Company na&amp;me:</source>
        <translation>Наз&amp;вание компании:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="19" />
        <source>&amp;BIN:</source>
        <translation>&amp;БИН:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="21" />
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
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
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="29" />
        <source>Ban&amp;k:</source>
        <translation>Бан&amp;к:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="31" />
        <source>Acc&amp;ount (IIK):</source>
        <translation>С&amp;чёт (ИИК):</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="33" />
        <source>Bank B&amp;IC:</source>
        <translation>Б&amp;ИК банка:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="41" />
        <source>The first administrator signs in next, then adds the other users on this computer with the command “orderdesk user add”.</source>
        <translation>Затем первый администратор входит в программу и добавляет остальных пользователей на этом компьютере командой «orderdesk user add».</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="43" />
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="45" />
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="47" />
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="49" />
        <source>&amp;Repeat password:</source>
        <translation>Пов&amp;торите пароль:</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="57" />
        <source>Codes are what the rules and accounting's files name; names are yours to change. The departments the rules need stay (their names may change). Edit a cell with F2 or by typing; Space marks the base price column.</source>
        <translation>Коды — то, что называют правила и файлы бухгалтерии; названия можно менять. Отделы, нужные правилам, остаются (их названия можно изменить). Ячейка правится клавишей F2 или просто вводом; пробел отмечает базовую колонку цен.</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="59" />
        <source>Departments</source>
        <translation>Отделы</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="71" />
        <source>Add d&amp;epartment</source>
        <translation>Добавить &amp;отдел</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="72" />
        <source>Remove department</source>
        <translation>Удалить отдел</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="78" />
        <source>Client types</source>
        <translation>Типы клиентов</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="90" />
        <source>Add client &amp;type</source>
        <translation>Добавить т&amp;ип клиента</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="91" />
        <source>Remove type</source>
        <translation>Удалить тип</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="97" />
        <source>Price columns</source>
        <translation>Колонки цен</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="106" />
        <source>Base</source>
        <translation>Базовая</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="109" />
        <source>Add price co&amp;lumn</source>
        <translation>Добавить &amp;колонку цен</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="110" />
        <source>Remove column</source>
        <translation>Удалить колонку</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="122" />
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="124" />
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <location filename="../../forms/setup_dialog.ui" line="125" />
        <source>Create the &amp;company</source>
        <translation>&amp;Создать компанию</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="20" />
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="21" />
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="23" />
        <source>in Product: pick the highlighted product; in Qty: add the line</source>
        <translation>в поле «Товар»: выбрать выделенный товар; в «Кол-во»: добавить строку</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="25" />
        <source>from an empty Product into the lines; from the lines back to Product</source>
        <translation>из пустого поля «Товар» в строки; из строк обратно в «Товар»</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="27" />
        <source>change the quantity of the current line</source>
        <translation>изменить количество текущей строки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="28" />
        <source>remove the current line (Ctrl+Z brings it back)</source>
        <translation>удалить текущую строку (Ctrl+Z вернёт её)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/help.py" line="29" />
        <source>next / previous area: search, card, Product, lines, offers</source>
        <translation>следующая / предыдущая область: поиск, карточка, товар, строки, предложения</translation>
    </message>
    <message>
        <location filename="../../forms/shortcuts_dialog.ui" line="6" />
        <source>Keyboard shortcuts</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../forms/shortcuts_dialog.ui" line="12" />
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../../forms/shortcuts_dialog.ui" line="18" />
        <source>a key or a word, e.g. F10 or callback</source>
        <translation>клавиша или слово, например F10 или перезвон</translation>
    </message>
    <message>
        <location filename="../../forms/shortcuts_dialog.ui" line="29" />
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../forms/shortcuts_dialog.ui" line="30" />
        <source>What it does</source>
        <translation>Что делает</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/suggestions_panel.py" line="52" />
        <source>Offer at least %d products beyond what the client asks for.</source>
        <translation>Предложите не менее %d товаров сверх заказанного.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/suggestions_panel.py" line="59" />
        <source>Offered %d of %d %s</source>
        <translation>Предложено %d из %d %s</translation>
    </message>
    <message>
        <location filename="../../forms/suggestions_panel.ui" line="12" />
        <source>Suggested products</source>
        <translation>Предложить клиенту</translation>
    </message>
    <message>
        <location filename="../../forms/suggestions_panel.ui" line="24" />
        <source>Alt+↓↑ choose · Alt+Enter add (accepted) · declined: Alt+1 not needed, Alt+2 price, Alt+3 has stock, Alt+4 other</source>
        <translation>Alt+↓↑ выбор · Alt+Enter добавить (принято) · отказ: Alt+1 не нужно, Alt+2 цена, Alt+3 есть запас, Alt+4 другое</translation>
    </message>
</context>
<context>
    <name>TaskAnswerDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="41" />
        <source>Task call: %s</source>
        <translation>Звонок по заданию: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="57" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="58" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="65" />
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="72" />
        <source>reached, answers recorded</source>
        <translation>дозвонились, ответы записаны</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="78" />
        <source>why the client refused: kept to offer something better later</source>
        <translation>почему клиент отказался: сохраним, чтобы позже предложить лучшее</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="82" />
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="83" />
        <source>Refusal reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="84" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="92" />
        <source>Save and end the call</source>
        <translation>Сохранить и завершить звонок</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="123" />
        <source>Write why the client refused.</source>
        <translation>Укажите, почему клиент отказался.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_answer_dialog.py" line="134" />
        <source>Result for %s saved; the call is closed.</source>
        <translation>Результат сохранён (%s), звонок завершён.</translation>
    </message>
</context>
<context>
    <name>TaskEditorDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="51" />
        <source>New outbound task</source>
        <translation>Новое исходящее задание</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="63" />
        <source>What to tell or ask the client</source>
        <translation>Что сообщить клиенту или спросить у него</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="65" />
        <source>Due by</source>
        <translation>Выполнить до</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="83" />
        <source>any region or city</source>
        <translation>любой регион или город</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="86" />
        <source>any manager</source>
        <translation>любой менеджер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="87" />
        <source>Sleeping clients only</source>
        <translation>Только спящие клиенты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="89" />
        <source>Clients with overdue or excess debt only</source>
        <translation>Только клиенты с просрочкой или превышением лимита</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="93" />
        <source>Which clients</source>
        <translation>Какие клиенты</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="95" />
        <source>Client types (none ticked: all)</source>
        <translation>Типы клиентов (ничего не отмечено — все)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="96" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="97" />
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="105" />
        <source>Question, then Enter to add it</source>
        <translation>Вопрос, затем Enter, чтобы добавить</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="112" />
        <source>choices, separated by ;</source>
        <translation>варианты через ;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="117" />
        <source>Answer required</source>
        <translation>Ответ обязателен</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="119" />
        <source>Add question</source>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="127" />
        <source>Remove question</source>
        <translation>Удалить вопрос</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="133" />
        <source>Survey (optional)</source>
        <translation>Опрос (необязательно)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="154" />
        <source>Create the task</source>
        <translation>Создать задание</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="159" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="160" />
        <source>Instruction</source>
        <translation>Инструкция</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="229" />
        <source>Counting the clients…</source>
        <translation>Подсчёт клиентов…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="234" />
        <source>%d clients match: each becomes a call to make</source>
        <translation>Подходит клиентов: %d — каждому нужно будет позвонить</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="242" />
        <source>Type the question first.</source>
        <translation>Сначала введите вопрос.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="250" />
        <source>A choice question needs at least two choices, separated by ;</source>
        <translation>Для вопроса с выбором нужно не меньше двух вариантов через ;</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="273" />
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_editor_dialog.py" line="288" />
        <source>Give the task a title.</source>
        <translation>Укажите название задания.</translation>
    </message>
</context>
<context>
    <name>TaskResultsDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/task_results_dialog.py" line="43" />
        <source>Task results</source>
        <translation>Результаты задания</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_results_dialog.py" line="86" />
        <source>, due %s</source>
        <translation>, срок %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_results_dialog.py" line="89" />
        <source>from %s, %s%s</source>
        <translation>от %s, %s%s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_results_dialog.py" line="95" />
        <source>%d clients</source>
        <translation>клиентов: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_results_dialog.py" line="95" />
        <source>%d called</source>
        <translation>обзвонено: %d</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_results_dialog.py" line="97" />
        <source>%d still to call (%d tried without reaching)</source>
        <translation>осталось обзвонить: %d (не дозвонились: %d)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_results_dialog.py" line="111" />
        <source>Refusals and why:</source>
        <translation>Отказы и причины:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/task_results_dialog.py" line="116" />
        <source>No refusals.</source>
        <translation>Отказов нет.</translation>
    </message>
</context>
<context>
    <name>TasksDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="45" />
        <source>Outbound tasks</source>
        <translation>Исходящие задания</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="59" />
        <source>Closed tasks too</source>
        <translation>Включая закрытые задания</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="62" />
        <source>Clients already done too</source>
        <translation>Включая обработанных клиентов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="64" />
        <source>&amp;New task…</source>
        <translation>&amp;Новое задание…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="65" />
        <source>&amp;Results…</source>
        <translation>&amp;Результаты…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="66" />
        <source>Close the task</source>
        <translation>Закрыть задание</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="70" />
        <source>&amp;Call the client</source>
        <translation>&amp;Позвонить клиенту</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="79" />
        <source>Tasks</source>
        <translation>Задания</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="92" />
        <source>Clients to call (Enter: open the card and call)</source>
        <translation>Кому позвонить (Enter — открыть карточку и позвонить)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="136" />
        <source>No open tasks. Press New task to create one.</source>
        <translation>Открытых заданий нет. Нажмите «Новое задание», чтобы создать.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="138" />
        <source>No open tasks: the sales heads have not asked for calls.</source>
        <translation>Открытых заданий нет: руководители продаж не поручали звонков.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="157" />
        <source>Instruction: %s</source>
        <translation>Инструкция: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="159" />
        <source>Survey: %s</source>
        <translation>Опрос: %s</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="181" />
        <source>Choose a client of the task first.</source>
        <translation>Сначала выберите клиента из задания.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="184" />
        <source>%s is already done for this task.</source>
        <translation>%s: по этому заданию звонок уже выполнен.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="190" />
        <source>Calling %s: record the answers when the call ends.</source>
        <translation>Звоним: %s — запишите ответы после разговора.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="197" />
        <source>Starting the call to %s…</source>
        <translation>Начинаем звонок: %s…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="199" />
        <source>Task call</source>
        <translation>Звонок по заданию</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/tasks_dialog.py" line="224" />
        <source>Task “%s” closed.</source>
        <translation>Задание «%s» закрыто.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../orderdesk_gui/ui/transfer_dialog.py" line="29" />
        <source>&amp;Transfer (Enter)</source>
        <translation>&amp;Перевести (Enter)</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/transfer_dialog.py" line="32" />
        <source>Transfer the call of %s to:</source>
        <translation>Перевести звонок клиента %s:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/transfer_dialog.py" line="32" />
        <source>Transfer the call to:</source>
        <translation>Перевести звонок:</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/transfer_dialog.py" line="36" />
        <source>ext.</source>
        <translation>доб.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/transfer_dialog.py" line="40" />
        <source>proposed: %s</source>
        <translation>предложено: %s</translation>
    </message>
    <message>
        <location filename="../../forms/transfer_dialog.ui" line="6" />
        <source>Transfer the call</source>
        <translation>Перевод звонка</translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="85" />
        <source>Filter by client, city or manager</source>
        <translation>Фильтр по клиенту, городу или менеджеру</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="93" />
        <source>Recompute</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="94" />
        <source>Compute the worklist again from the order history</source>
        <translation>Заново рассчитать список по истории заказов</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="116" />
        <source>Open this list to compute the sleeping clients.</source>
        <translation>Откройте этот список, чтобы рассчитать спящих клиентов.</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="144" />
        <source>Computing the sleeping clients from the order history…</source>
        <translation>Расчёт спящих клиентов по истории заказов…</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="164" />
        <source>%d sleeping clients, %s lost against their usual orders; Enter calls the client</source>
        <translation>Спящих клиентов: %d, недополучено %s против обычных заказов; Enter — позвонить клиенту</translation>
    </message>
    <message>
        <location filename="../../orderdesk_gui/ui/worklist_panel.py" line="178" />
        <source>The worklist could not be computed: %s</source>
        <translation>Не удалось рассчитать список: %s</translation>
    </message>
</context>
</TS>