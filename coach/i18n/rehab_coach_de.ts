<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Achievement</name>
    <message>
        <location filename="../ui/visuals/achievement.py" line="104"/>
        <source>steps done</source>
        <translation>Schritte geschafft</translation>
    </message>
    <message>
        <location filename="../ui/visuals/achievement.py" line="105"/>
        <source>of exercise</source>
        <translation>geübt</translation>
    </message>
    <message>
        <location filename="../ui/visuals/achievement.py" line="106"/>
        <source>pain before → after</source>
        <translation>Schmerz vorher → nachher</translation>
    </message>
    <message>
        <location filename="../ui/visuals/achievement.py" line="107"/>
        <source>in a row</source>
        <translation>in Folge</translation>
    </message>
    <message>
        <location filename="../ui/visuals/achievement.py" line="122"/>
        <source>What is next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <location filename="../ui/visuals/achievement.py" line="134"/>
        <source>Session finished, with some steps skipped. Well done for the rest!</source>
        <translation>Einheit beendet, einige Schritte ausgelassen. Gut, dass Sie den Rest gemacht haben!</translation>
    </message>
    <message>
        <location filename="../ui/visuals/achievement.py" line="136"/>
        <source>Session complete. Well done!</source>
        <translation>Einheit geschafft. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../ui/visuals/achievement.py" line="132"/>
        <source>Saved. Stopping when it was right is part of getting better.</source>
        <translation>Gespeichert. Rechtzeitig aufzuhören gehört zum Besserwerden dazu.</translation>
    </message>
    <message>
        <location filename="../ui/visuals/achievement.py" line="140"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location filename="../ui/visuals/achievement.py" line="142"/>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 Min.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/visuals/achievement.py" line="148"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/visuals/achievement.py" line="153"/>
        <source>Next: rest today, and your next session tomorrow. Ice or heat from Home can ease any soreness.</source>
        <translation>Als Nächstes: Heute ausruhen, die nächste Einheit morgen. Kälte oder Wärme (über die Startseite) kann Muskelkater lindern.</translation>
    </message>
    <message>
        <location filename="../ui/visuals/achievement.py" line="158"/>
        <source>Next: rest, and see how it feels tomorrow morning before the next session.</source>
        <translation>Als Nächstes: Ausruhen. Spüren Sie morgen früh vor der nächsten Einheit, wie es sich anfühlt.</translation>
    </message>
</context>
<context>
    <name>AdviceBar</name>
    <message>
        <location filename="../ui/session/advice_bar.py" line="19"/>
        <source>Advice</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>AfterSessionScreen</name>
    <message>
        <location filename="../ui/session/after_session.py" line="48"/>
        <source>After the session</source>
        <translation>Nach der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/session/after_session.py" line="61"/>
        <source>How do you feel now?</source>
        <translation>Wie fühlen Sie sich jetzt?</translation>
    </message>
    <message>
        <location filename="../ui/session/after_session.py" line="65"/>
        <source>Pain after the session</source>
        <translation>Schmerzen nach der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/session/after_session.py" line="68"/>
        <source>Any new or spreading leg symptoms (pain, tingling or numbness further down the leg)?</source>
        <translation>Neue oder sich ausbreitende Beschwerden im Bein (Schmerzen, Kribbeln oder Taubheit weiter unten im Bein)?</translation>
    </message>
    <message>
        <location filename="../ui/session/after_session.py" line="73"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/session/after_session.py" line="74"/>
        <source>Spreading leg symptoms: yes</source>
        <translation>Sich ausbreitende Beschwerden im Bein: ja</translation>
    </message>
    <message>
        <location filename="../ui/session/after_session.py" line="75"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/session/after_session.py" line="76"/>
        <source>Spreading leg symptoms: no</source>
        <translation>Sich ausbreitende Beschwerden im Bein: nein</translation>
    </message>
    <message>
        <location filename="../ui/session/after_session.py" line="82"/>
        <source>That felt easy: I could have done a couple more of each</source>
        <translation>Leicht: Ich hätte jeweils noch ein paar mehr geschafft</translation>
    </message>
    <message>
        <location filename="../ui/session/after_session.py" line="81"/>
        <source>That felt easy</source>
        <translation>Das war leicht</translation>
    </message>
    <message>
        <location filename="../ui/session/after_session.py" line="84"/>
        <source>&amp;Save (Enter)</source>
        <translation>&amp;Speichern (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/session/after_session.py" line="85"/>
        <source>Save how I feel</source>
        <translation>Speichern, wie ich mich fühle</translation>
    </message>
    <message>
        <location filename="../ui/session/after_session.py" line="121"/>
        <source>Saved. Here is how it went</source>
        <translation>Gespeichert. So lief es</translation>
    </message>
    <message>
        <location filename="../ui/session/after_session.py" line="129"/>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/session/after_session.py" line="135"/>
        <source>Back to &amp;Home (Enter)</source>
        <translation>Zurück zur &amp;Startseite (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/session/after_session.py" line="136"/>
        <source>Back to Home</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <location filename="../ui/session/after_session.py" line="197"/>
        <source>Please answer both questions first.</source>
        <translation>Bitte beantworten Sie zuerst beide Fragen.</translation>
    </message>
</context>
<context>
    <name>AppContent</name>
    <message>
        <location filename="../ui/app/app_content.py" line="26"/>
        <source>... and {n} more.</source>
        <translation>... und {n} weitere.</translation>
    </message>
    <message>
        <location filename="../ui/app/app_content.py" line="28"/>
        <source>Some of your own routine files have problems ({n}), so those routines were left out. &apos;rehab-coach validate&apos; lists them all:</source>
        <translation>Einige Ihrer eigenen Übungsfolge-Dateien haben Fehler ({n}), deshalb wurden diese Übungsfolgen weggelassen. „rehab-coach validate“ listet alle auf:</translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message>
        <location filename="../ui/app/app_flow.py" line="150"/>
        <source>Your plan can&apos;t be saved right now: {error}</source>
        <translation>Ihr Plan kann gerade nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../ui/app/app_flow.py" line="335"/>
        <source>The session can&apos;t start: {error}</source>
        <translation>Die Einheit kann nicht starten: {error}</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/app/app_settings.py" line="110"/>
        <source>Speak the cues</source>
        <translation>Hinweise ansagen</translation>
    </message>
    <message>
        <location filename="../ui/app/app_settings.py" line="111"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../ui/app/app_settings.py" line="112"/>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <location filename="../ui/app/app_settings.py" line="113"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../ui/app/app_settings.py" line="114"/>
        <source>Countdown beeps</source>
        <translation>Pieptöne beim Herunterzählen</translation>
    </message>
    <message>
        <location filename="../ui/app/app_settings.py" line="115"/>
        <source>Get-ready time</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../ui/app/app_settings.py" line="116"/>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../ui/app/app_settings.py" line="117"/>
        <source>Where you live</source>
        <translation>Wohnort</translation>
    </message>
    <message>
        <location filename="../ui/app/app_settings.py" line="118"/>
        <source>Light or dark</source>
        <translation>Hell oder dunkel</translation>
    </message>
    <message>
        <location filename="../ui/app/app_settings.py" line="119"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/app/app_settings.py" line="120"/>
        <source>First-start notice read</source>
        <translation>Hinweis beim ersten Start gelesen</translation>
    </message>
    <message>
        <location filename="../ui/app/app_settings.py" line="121"/>
        <source>Interrupted session not to offer again</source>
        <translation>Unterbrochene Einheit nicht mehr anbieten</translation>
    </message>
    <message>
        <location filename="../ui/app/app_settings.py" line="133"/>
        <source>Some saved settings could not be read, so they are back to normal: {names}.</source>
        <translation>Einige gespeicherte Einstellungen ließen sich nicht lesen und sind wieder auf dem Standard: {names}.</translation>
    </message>
</context>
<context>
    <name>BackgroundMode</name>
    <message>
        <location filename="../ui/reminders/background.py" line="25"/>
        <source>Keep the timer running in the background?</source>
        <translation>Den Timer im Hintergrund weiterlaufen lassen?</translation>
    </message>
    <message>
        <location filename="../ui/reminders/background.py" line="28"/>
        <source>An ice or heat timer is running. If the coach keeps running, it will still chime and show a note when it is time to check your skin or take the pack off.</source>
        <translation>Ein Timer für Kälte oder Wärme läuft. Wenn der Coach weiterläuft, ertönt trotzdem ein Ton und eine Meldung erscheint, sobald Sie Ihre Haut prüfen oder die Auflage abnehmen sollen.</translation>
    </message>
    <message>
        <location filename="../ui/reminders/background.py" line="35"/>
        <source>This desktop has no system tray, so the coach stays open, minimised, to keep your timers and reminders working. Use Quit in the Rehab Coach menu to close it.</source>
        <translation>Diese Arbeitsoberfläche hat keinen Infobereich. Deshalb bleibt der Coach minimiert geöffnet, damit Timer und Erinnerungen weiter funktionieren. Zum Schließen nutzen Sie „Beenden“ im Menü von Rehab Coach.</translation>
    </message>
    <message>
        <location filename="../ui/reminders/background.py" line="166"/>
        <source>&amp;Open Rehab Coach</source>
        <translation>Rehab Coach ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/reminders/background.py" line="167"/>
        <source>Start &amp;today&apos;s session</source>
        <translation>&amp;Heutige Einheit starten</translation>
    </message>
    <message>
        <location filename="../ui/reminders/background.py" line="168"/>
        <source>&amp;Ice or heat timer</source>
        <translation>Timer für &amp;Kälte oder Wärme</translation>
    </message>
    <message>
        <location filename="../ui/reminders/background.py" line="170"/>
        <source>Pause reminders for 1 &amp;hour</source>
        <translation>Erinnerungen 1 &amp;Stunde pausieren</translation>
    </message>
    <message>
        <location filename="../ui/reminders/background.py" line="174"/>
        <source>Pause reminders for to&amp;day</source>
        <translation>Erinnerungen für &amp;heute pausieren</translation>
    </message>
    <message>
        <location filename="../ui/reminders/background.py" line="241"/>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../ui/reminders/background.py" line="183"/>
        <location filename="../ui/reminders/background.py" line="242"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>BeforeSessionScreen</name>
    <message>
        <location filename="../ui/checkin/before_session.py" line="53"/>
        <source>Only in my buttock</source>
        <translation>Nur im Gesäß</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="56"/>
        <source>Down into my thigh</source>
        <translation>Bis in den Oberschenkel</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="59"/>
        <source>Below my knee</source>
        <translation>Bis unter das Knie</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="61"/>
        <source>Down to my foot</source>
        <translation>Bis in den Fuß</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="64"/>
        <source>I have no pain or other symptoms now</source>
        <translation>Ich habe gerade keine Schmerzen und keine anderen Beschwerden</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="70"/>
        <source>Anything new since your check-in?</source>
        <translation>Etwas Neues seit der Abfrage?</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="71"/>
        <source>Anything new since your last session?</source>
        <translation>Etwas Neues seit der letzten Einheit?</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="102"/>
        <source>Before the session</source>
        <translation>Vor der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="131"/>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="135"/>
        <source>Start the session (Enter)</source>
        <translation>Einheit starten (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="136"/>
        <source>Start the session</source>
        <translation>Einheit starten</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="139"/>
        <location filename="../ui/checkin/before_session.py" line="140"/>
        <source>Back to Home</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="179"/>
        <source>No, nothing new (Enter)</source>
        <translation>Nein, nichts Neues (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="180"/>
        <source>Yes, something new</source>
        <translation>Ja, etwas Neues</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="190"/>
        <source>Pain now</source>
        <translation>Schmerzen jetzt</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="197"/>
        <source>Before that session it was {score} out of 10.</source>
        <translation>Vor jener Einheit waren es {score} von 10.</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="206"/>
        <source>How was your pain this morning, compared with before your last session?</source>
        <translation>Wie waren Ihre Schmerzen heute Morgen, verglichen mit vor Ihrer letzten Einheit?</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="208"/>
        <source>It starts as today&apos;s score: change it if this morning was different.</source>
        <translation>Zu Beginn steht hier der Wert von heute. Ändern Sie ihn, wenn es heute Morgen anders war.</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="211"/>
        <source>Pain this morning</source>
        <translation>Schmerzen heute Morgen</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="291"/>
        <source>How far down do your symptoms reach?</source>
        <translation>Wie weit nach unten reichen Ihre Beschwerden?</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="295"/>
        <source>Pick the lowest place where you feel pain, tingling or numbness.</source>
        <translation>Wählen Sie die tiefste Stelle, an der Sie Schmerzen, Kribbeln oder Taubheit spüren.</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="301"/>
        <source>How far symptoms reach</source>
        <translation>Wie weit die Beschwerden reichen</translation>
    </message>
    <message>
        <location filename="../ui/checkin/before_session.py" line="344"/>
        <source>Please answer every question first.</source>
        <translation>Bitte beantworten Sie zuerst alle Fragen.</translation>
    </message>
</context>
<context>
    <name>BuiltApp</name>
    <message>
        <location filename="../ui/app/bootstrap.py" line="270"/>
        <source>{n} picture(s) could not be drawn and will show as blank.</source>
        <translation>{n} Bild(er) konnten nicht gezeichnet werden und bleiben leer.</translation>
    </message>
</context>
<context>
    <name>ChecklistGate</name>
    <message>
        <location filename="../ui/checkin/checklist_gate.py" line="20"/>
        <source>No, none of these (Enter)</source>
        <translation>Nein, nichts davon (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/checkin/checklist_gate.py" line="21"/>
        <source>Yes, one or more of these</source>
        <translation>Ja, eines oder mehrere davon</translation>
    </message>
    <message>
        <location filename="../ui/checkin/checklist_gate.py" line="55"/>
        <source>Safety questions</source>
        <translation>Sicherheitsfragen</translation>
    </message>
</context>
<context>
    <name>CsvColumn</name>
    <message>
        <location filename="../ui/history/csv_columns.py" line="13"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="14"/>
        <source>routine</source>
        <translation>Übungsfolge</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="15"/>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="16"/>
        <source>duration_min</source>
        <translation>Dauer (Min.)</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="17"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="18"/>
        <source>pain_before</source>
        <translation>Schmerz vorher</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="19"/>
        <source>pain_after</source>
        <translation>Schmerz nachher</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="20"/>
        <source>spreading</source>
        <translation>Ausstrahlung ins Bein</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="21"/>
        <source>steps_done</source>
        <translation>Schritte erledigt</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="22"/>
        <source>stop_reason</source>
        <translation>Grund für das Beenden</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="23"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="24"/>
        <source>session_id</source>
        <translation>Einheit-Nr.</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="25"/>
        <source>session_date</source>
        <translation>Datum der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="26"/>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="27"/>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="28"/>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="29"/>
        <source>set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="30"/>
        <source>unit</source>
        <translation>Teil</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="31"/>
        <source>planned_s</source>
        <translation>geplant (s)</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="32"/>
        <source>active_s</source>
        <translation>aktiv (s)</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="33"/>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="34"/>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="35"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="36"/>
        <source>planned_min</source>
        <translation>geplant (Min.)</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="37"/>
        <source>actual_min</source>
        <translation>tatsächlich (Min.)</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="38"/>
        <source>skin_check</source>
        <translation>Hautkontrolle</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="39"/>
        <source>reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="40"/>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="41"/>
        <source>what_happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../ui/history/csv_columns.py" line="42"/>
        <source>detail</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../ui/screens/erase_dialog.py" line="31"/>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location filename="../ui/screens/erase_dialog.py" line="33"/>
        <source>All your data was deleted. The app starts afresh.</source>
        <translation>Alle Ihre Daten wurden gelöscht. Die App beginnt von vorn.</translation>
    </message>
    <message>
        <location filename="../ui/screens/erase_dialog.py" line="82"/>
        <location filename="../ui/screens/erase_dialog.py" line="83"/>
        <source>Delete all my data?</source>
        <translation>Alle meine Daten löschen?</translation>
    </message>
    <message>
        <location filename="../ui/screens/erase_dialog.py" line="88"/>
        <source>What is deleted</source>
        <translation>Was gelöscht wird</translation>
    </message>
    <message>
        <location filename="../ui/screens/erase_dialog.py" line="90"/>
        <source>To confirm, type &quot;{word}&quot; in the box below:</source>
        <translation>Zum Bestätigen geben Sie unten „{word}“ ein:</translation>
    </message>
    <message>
        <location filename="../ui/screens/erase_dialog.py" line="94"/>
        <source>Type {word} to confirm</source>
        <translation>Zum Bestätigen {word} eingeben</translation>
    </message>
    <message>
        <location filename="../ui/screens/erase_dialog.py" line="96"/>
        <source>Delete &amp;everything</source>
        <translation>Alles &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/screens/erase_dialog.py" line="97"/>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <location filename="../ui/screens/erase_dialog.py" line="101"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/screens/erase_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/screens/erase_dialog.py" line="144"/>
        <source>Stop the ice or heat timer first, then delete your data.</source>
        <translation>Beenden Sie zuerst den Zeitmesser für Kälte oder Wärme. Löschen Sie danach Ihre Daten.</translation>
    </message>
    <message>
        <location filename="../ui/screens/erase_dialog.py" line="174"/>
        <source>Your data wasn&apos;t deleted. {error}</source>
        <translation>Ihre Daten wurden nicht gelöscht. {error}</translation>
    </message>
</context>
<context>
    <name>EraseWords</name>
    <message>
        <location filename="../ui/screens/erase_dialog.py" line="45"/>
        <source> Your own routine files ({n}) stay in your routines folder; delete them there if you want them gone too.</source>
        <translation> Ihre eigenen Übungsfolge-Dateien ({n}) bleiben in Ihrem Ordner für Übungsfolgen; löschen Sie sie dort, wenn auch sie weg sollen.</translation>
    </message>
    <message>
        <location filename="../ui/screens/erase_dialog.py" line="52"/>
        <source>This deletes your whole history from this computer: {sessions} with every step and pain report, {check_ins}, {uses} and all your settings. It can&apos;t be undone. The app then starts as on its first day.</source>
        <translation>Das löscht Ihren ganzen Verlauf auf diesem Computer: {sessions} mit jedem Schritt und jeder Schmerzmeldung, {check_ins}, {uses} und alle Ihre Einstellungen. Das lässt sich nicht rückgängig machen. Die App startet danach wie am ersten Tag.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/screens/erase_dialog.py" line="59"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/screens/erase_dialog.py" line="62"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Abfrage</numerusform>
            <numerusform>%n Abfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/screens/erase_dialog.py" line="65"/>
        <source>%n ice or heat use(s)</source>
        <translation>
            <numerusform>%n Anwendung mit Kälte oder Wärme</numerusform>
            <numerusform>%n Anwendungen mit Kälte oder Wärme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../ui/history/history_exports.py" line="81"/>
        <source>Export status</source>
        <translation>Stand des Exports</translation>
    </message>
    <message>
        <location filename="../ui/history/history_exports.py" line="91"/>
        <source>Export CS&amp;V files…</source>
        <translation>CS&amp;V-Dateien exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/history/history_exports.py" line="92"/>
        <location filename="../ui/history/history_exports.py" line="211"/>
        <source>Export history as CSV files</source>
        <translation>Verlauf als CSV-Dateien exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history/history_exports.py" line="98"/>
        <source>Export P&amp;DF for my physio…</source>
        <translation>P&amp;DF für meine Physiotherapie …</translation>
    </message>
    <message>
        <location filename="../ui/history/history_exports.py" line="99"/>
        <source>Export PDF summary for my physio</source>
        <translation>PDF-Zusammenfassung für meine Physiotherapie exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history/history_exports.py" line="124"/>
        <source>4 files: {counts}</source>
        <translation>4 Dateien: {counts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/history_exports.py" line="129"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/history_exports.py" line="130"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/history_exports.py" line="131"/>
        <source>%n ice or heat use(s)</source>
        <translation>
            <numerusform>%n Anwendung mit Kälte oder Wärme</numerusform>
            <numerusform>%n Anwendungen mit Kälte oder Wärme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/history_exports.py" line="132"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/history_exports.py" line="160"/>
        <source>summary for your physio</source>
        <translation>Zusammenfassung für Ihre Physiotherapie</translation>
    </message>
    <message>
        <location filename="../ui/history/history_exports.py" line="167"/>
        <source>Saved to {path} ({what}).</source>
        <translation>Gespeichert in {path} ({what}).</translation>
    </message>
    <message>
        <location filename="../ui/history/history_exports.py" line="173"/>
        <source>Couldn&apos;t save to {path}.</source>
        <translation>Speichern in {path} ging nicht.</translation>
    </message>
    <message>
        <location filename="../ui/history/history_exports.py" line="176"/>
        <source>Couldn&apos;t save to {path}: {reason}. Choose another folder and try again.</source>
        <translation>Speichern in {path} ging nicht: {reason}. Wählen Sie einen anderen Ordner und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/history/history_exports.py" line="209"/>
        <source>Export history as CSV files: choose a folder</source>
        <translation>Verlauf als CSV-Dateien exportieren: Ordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/history/history_exports.py" line="220"/>
        <source>Export PDF for my physio</source>
        <translation>PDF für meine Physiotherapie exportieren</translation>
    </message>
    <message>
        <location filename="../ui/history/history_exports.py" line="230"/>
        <source>{kind} files</source>
        <translation>{kind}-Dateien</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <location filename="../ui/widgets/figure_view.py" line="30"/>
        <source>No picture for this step.</source>
        <translation>Kein Bild für diesen Schritt.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/figure_view.py" line="64"/>
        <source>Exercise illustration</source>
        <translation>Abbildung der Übung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/figure_view.py" line="106"/>
        <source> Shown for the other side.</source>
        <translation> Für die andere Seite gezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/figure_view.py" line="109"/>
        <source>{start} Then: {end}</source>
        <translation>{start} Dann: {end}</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../ui/visuals/first_steps.py" line="61"/>
        <source>1. Check in</source>
        <translation>1. Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/visuals/first_steps.py" line="62"/>
        <source>A few questions, safety first: 2 minutes.</source>
        <translation>Ein paar Fragen, Sicherheit zuerst: 2 Minuten.</translation>
    </message>
    <message>
        <location filename="../ui/visuals/first_steps.py" line="67"/>
        <source>2. Get a routine</source>
        <translation>2. Eine Übungsfolge bekommen</translation>
    </message>
    <message>
        <location filename="../ui/visuals/first_steps.py" line="68"/>
        <source>The coach suggests one and says why.</source>
        <translation>Der Coach schlägt eine vor und sagt, warum.</translation>
    </message>
    <message>
        <location filename="../ui/visuals/first_steps.py" line="73"/>
        <source>3. Follow along</source>
        <translation>3. Mitmachen</translation>
    </message>
    <message>
        <location filename="../ui/visuals/first_steps.py" line="74"/>
        <source>Pictures, a timer and a voice: 10-15 minutes a day.</source>
        <translation>Bilder, ein Timer und eine Stimme: 10–15 Minuten am Tag.</translation>
    </message>
    <message>
        <location filename="../ui/visuals/first_steps.py" line="82"/>
        <source>&amp;Start the check-in</source>
        <translation>Abfrage &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/visuals/first_steps.py" line="83"/>
        <source>Start the check-in</source>
        <translation>Abfrage starten</translation>
    </message>
</context>
<context>
    <name>FlowWords</name>
    <message>
        <location filename="../ui/app/flow_words.py" line="30"/>
        <source>You reported symptoms during a session that can be warning signs. Answer the safety questions again before doing any more exercises.</source>
        <translation>Sie haben während einer Einheit Beschwerden gemeldet, die Warnzeichen sein können. Beantworten Sie die Sicherheitsfragen noch einmal, bevor Sie weitere Übungen machen.</translation>
    </message>
    <message>
        <location filename="../ui/app/flow_words.py" line="36"/>
        <source>Exercises are paused until you have been checked. When you have, do a new check-in: if it finds no warning signs, your plan starts again.</source>
        <translation>Die Übungen sind pausiert, bis Sie untersucht worden sind. Machen Sie danach eine neue Abfrage: Wenn sie keine Warnzeichen findet, geht Ihr Plan weiter.</translation>
    </message>
    <message>
        <location filename="../ui/app/flow_words.py" line="50"/>
        <source>Nothing in this routine suits how you are today. Rest, walk if you can, and try again tomorrow.</source>
        <translation>Nichts in dieser Übungsfolge passt heute zu Ihrem Zustand. Ruhen Sie sich aus, gehen Sie spazieren, wenn Sie können, und versuchen Sie es morgen wieder.</translation>
    </message>
    <message>
        <location filename="../ui/app/flow_words.py" line="55"/>
        <source>Your symptoms reach further down your leg than before. Today&apos;s session uses the nerve-friendly routine instead. Please do a new check-in soon.</source>
        <translation>Ihre Beschwerden reichen weiter ins Bein hinunter als vorher. Die heutige Einheit nutzt stattdessen die nervenschonende Übungsfolge. Bitte machen Sie bald eine neue Abfrage.</translation>
    </message>
</context>
<context>
    <name>Hint</name>
    <message>
        <location filename="../ui/checkin/question_page.py" line="41"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/history/history_model.py" line="48"/>
        <location filename="../ui/history/history_model.py" line="60"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="49"/>
        <source>Routine</source>
        <translation>Übungsfolge</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="50"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="51"/>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="52"/>
        <source>Pain
before</source>
        <translation>Schmerz
vorher</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="53"/>
        <source>Pain
after</source>
        <translation>Schmerz
nachher</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="54"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="61"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="62"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="63"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="64"/>
        <source>Skin check</source>
        <translation>Hautkontrolle</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="65"/>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="69"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="70"/>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="71"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="72"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="76"/>
        <source>Ice</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="77"/>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="97"/>
        <source>dd MMM yyyy</source>
        <translation>dd. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="162"/>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="309"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="310"/>
        <source>{n} min (cancelled)</source>
        <translation>{n} Min. (abgebrochen)</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="311"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="312"/>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="313"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="314"/>
        <source>Skin did not look right at the skin check</source>
        <translation>Haut sah bei der Hautkontrolle nicht gut aus</translation>
    </message>
    <message>
        <location filename="../ui/history/history_model.py" line="315"/>
        <source>Taken off at the skin check</source>
        <translation>Bei der Hautkontrolle abgenommen</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../ui/history/history_screen.py" line="51"/>
        <source>Reading the numbers: a change of 2 points or 30% is a real change; 1 point is barely noticeable.</source>
        <translation>So lesen Sie die Zahlen: Eine Änderung um 2 Punkte oder 30 % ist eine echte Änderung; 1 Punkt merkt man kaum.</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="188"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="190"/>
        <source>Your history</source>
        <translation>Ihr Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="193"/>
        <source>Streak and this week</source>
        <translation>Serie und diese Woche</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="198"/>
        <source>History views</source>
        <translation>Ansichten des Verlaufs</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="199"/>
        <source>Choose a history view</source>
        <translation>Ansicht des Verlaufs wählen</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="200"/>
        <source>Sessions count</source>
        <translation>Anzahl der Einheiten</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="201"/>
        <source>Sessions table</source>
        <translation>Tabelle der Einheiten</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="210"/>
        <source>Ice and heat count</source>
        <translation>Anzahl der Anwendungen mit Kälte und Wärme</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="211"/>
        <source>Ice and heat table</source>
        <translation>Tabelle der Anwendungen mit Kälte und Wärme</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="215"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="218"/>
        <source>&amp;Ice and heat</source>
        <translation>&amp;Kälte und Wärme</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="219"/>
        <source>Chart caption</source>
        <translation>Beschriftung der Grafik</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="220"/>
        <source>Reading the numbers</source>
        <translation>So lesen Sie die Zahlen</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="222"/>
        <source>&amp;Pain chart</source>
        <translation>&amp;Schmerzverlauf</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="225"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="226"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/history_screen.py" line="265"/>
        <source>%n session(s), newest first.</source>
        <translation>
            <numerusform>%n Einheit, die neueste zuerst.</numerusform>
            <numerusform>%n Einheiten, die neuesten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="269"/>
        <source>No sessions yet.</source>
        <translation>Noch keine Einheiten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/history_screen.py" line="273"/>
        <source>%n use(s) of ice or heat, newest first.</source>
        <translation>
            <numerusform>%n Anwendung mit Kälte oder Wärme, die neueste zuerst.</numerusform>
            <numerusform>%n Anwendungen mit Kälte oder Wärme, die neuesten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="277"/>
        <source>No ice or heat logged yet.</source>
        <translation>Noch keine Kälte oder Wärme eingetragen.</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="294"/>
        <source>{n} completed</source>
        <translation>{n} abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="295"/>
        <source>{n} stopped</source>
        <translation>{n} beendet</translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="298"/>
        <source>{n} interrupted</source>
        <translation>{n} unterbrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/history_screen.py" line="300"/>
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Serie: %n Tag</numerusform>
            <numerusform>Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/history_screen.py" line="303"/>
        <source>This week: %n session(s)</source>
        <translation>
            <numerusform>Diese Woche: %n Einheit</numerusform>
            <numerusform>Diese Woche: %n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/history_screen.py" line="306"/>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../ui/screens/home_screen.py" line="59"/>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="64"/>
        <source>Today&apos;s date</source>
        <translation>Heutiges Datum</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="74"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="76"/>
        <source>✓ Done today. Well done!</source>
        <translation>✓ Heute geschafft. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="85"/>
        <source>What the session takes</source>
        <translation>Was die Einheit braucht</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="89"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="91"/>
        <location filename="../ui/screens/home_screen.py" line="354"/>
        <source>&amp;Start today&apos;s session</source>
        <translation>Heutige Einheit &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="92"/>
        <source>Start today&apos;s session</source>
        <translation>Heutige Einheit starten</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="108"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="112"/>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="120"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="138"/>
        <source>Exercises are paused</source>
        <translation>Die Übungen sind ausgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="142"/>
        <source>Why exercises are paused</source>
        <translation>Warum die Übungen ausgesetzt sind</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="152"/>
        <source>&amp;Resume it</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="152"/>
        <source>Resume the interrupted session</source>
        <translation>Die unterbrochene Einheit fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="155"/>
        <source>Start &amp;fresh next time</source>
        <translation>Nächstes Mal &amp;neu beginnen</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="156"/>
        <source>Don&apos;t resume the interrupted session</source>
        <translation>Die unterbrochene Einheit nicht fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="169"/>
        <source>Change &amp;level</source>
        <translation>Stufe &amp;wechseln</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="170"/>
        <source>Change to the suggested level</source>
        <translation>Zur vorgeschlagenen Stufe wechseln</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="178"/>
        <source>Ice and heat status</source>
        <translation>Stand bei Kälte und Wärme</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="182"/>
        <source>&amp;Ice or heat</source>
        <translation>&amp;Kälte oder Wärme</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="183"/>
        <source>Ice or heat timer</source>
        <translation>Zeitmesser für Kälte oder Wärme</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="188"/>
        <source>&amp;Check-in</source>
        <translation>&amp;Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="189"/>
        <source>Check-in: answer questions to get a routine</source>
        <translation>Abfrage: Fragen beantworten und eine Übungsfolge bekommen</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="192"/>
        <source>New questions, new routine</source>
        <translation>Neue Fragen, neue Übungsfolge</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="194"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="194"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="197"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="197"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="199"/>
        <source>Voice, text, light or dark</source>
        <translation>Stimme, Schrift, hell oder dunkel</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="289"/>
        <source>No routine yet: three steps to one</source>
        <translation>Noch keine Übungsfolge: drei Schritte dorthin</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="73"/>
        <source>Today&apos;s session</source>
        <translation>Heutige Einheit</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="354"/>
        <source>&amp;Start another session</source>
        <translation>Noch eine Einheit &amp;starten</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_screen.py" line="369"/>
        <source>Timed, with skin checks</source>
        <translation>Mit Zeitmesser und Hautkontrolle</translation>
    </message>
</context>
<context>
    <name>HomeWords</name>
    <message>
        <location filename="../ui/screens/home_words.py" line="19"/>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_words.py" line="24"/>
        <source>Sessions and pain</source>
        <translation>Einheiten und Schmerzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/screens/home_words.py" line="25"/>
        <source>%n session(s) on this plan</source>
        <translation>
            <numerusform>%n Einheit mit diesem Plan</numerusform>
            <numerusform>%n Einheiten mit diesem Plan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/screens/home_words.py" line="30"/>
        <source>Start a streak today</source>
        <translation>Starten Sie heute eine Serie</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/screens/home_words.py" line="31"/>
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n Tag in Folge</numerusform>
            <numerusform>%n Tage in Folge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/screens/home_words.py" line="36"/>
        <source>Your pain scores will show here</source>
        <translation>Hier erscheinen Ihre Schmerzwerte</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_words.py" line="41"/>
        <source>Pain before your session: {score}</source>
        <translation>Schmerzen vor Ihrer Einheit: {score}</translation>
    </message>
    <message>
        <location filename="../ui/screens/home_words.py" line="42"/>
        <source>Pain before sessions: {first} → {last}</source>
        <translation>Schmerzen vor den Einheiten: {first}&#xa0;→&#xa0;{last}</translation>
    </message>
</context>
<context>
    <name>HurtsPanel</name>
    <message>
        <location filename="../ui/session/session_panels.py" line="78"/>
        <source>How bad is the pain right now?</source>
        <translation>Wie stark sind die Schmerzen gerade?</translation>
    </message>
    <message>
        <location filename="../ui/session/session_panels.py" line="83"/>
        <source>Nerve symptoms</source>
        <translation>Nervenbeschwerden</translation>
    </message>
    <message>
        <location filename="../ui/session/session_panels.py" line="86"/>
        <source>New tingling or numbness, pain moving further down the leg, or new weakness</source>
        <translation>Neues Kribbeln oder neue Taubheit, Schmerzen, die weiter ins Bein ziehen, oder neue Schwäche</translation>
    </message>
    <message>
        <location filename="../ui/session/session_panels.py" line="90"/>
        <source>Red-flag symptoms</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_panels.py" line="94"/>
        <source>Numbness around the genitals or back passage, a change in peeing or pooing, tingling, numbness or weakness in both legs, or a sudden pop</source>
        <translation>Taubheit an den Genitalien oder am Gesäß, eine Veränderung beim Wasserlassen oder Stuhlgang, Kribbeln, Taubheit oder Schwäche in beiden Beinen oder ein plötzlicher Knall</translation>
    </message>
    <message>
        <location filename="../ui/session/session_panels.py" line="99"/>
        <source>Tell the coach (Enter)</source>
        <translation>Dem Coach melden (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_panels.py" line="100"/>
        <source>Tell the coach how it hurts</source>
        <translation>Dem Coach melden, wie es wehtut</translation>
    </message>
    <message>
        <location filename="../ui/session/session_panels.py" line="102"/>
        <source>Back to the session (Esc)</source>
        <translation>Zurück zur Einheit (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_panels.py" line="103"/>
        <source>Back to the session</source>
        <translation>Zurück zur Einheit</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../ui/app/translations.py" line="67"/>
        <source>en</source>
        <comment>the code of this catalogue&apos;s language</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../ui/app/launch.py" line="32"/>
        <source>Rehab Coach is already running with this data folder.</source>
        <translation>Rehab Coach läuft bereits mit diesem Datenordner.</translation>
    </message>
    <message>
        <location filename="../ui/app/launch.py" line="123"/>
        <source>The app&apos;s own data files have problems:</source>
        <translation>Die eigenen Datendateien der App haben Fehler:</translation>
    </message>
    <message>
        <location filename="../ui/app/launch.py" line="126"/>
        <source>Rehab Coach could not finish starting:</source>
        <translation>Rehab Coach konnte nicht fertig starten:</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../ui/history/history_actions.py" line="58"/>
        <location filename="../ui/history/history_actions.py" line="59"/>
        <source>Note on a session</source>
        <translation>Notiz zu einer Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="60"/>
        <source>About this note</source>
        <translation>Über diese Notiz</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="63"/>
        <source>Your note on the session of {when} (your physio sees it in the export).</source>
        <translation>Ihre Notiz zur Einheit vom {when} (Ihre Physiotherapie sieht sie im Export).</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="67"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="69"/>
        <source>Note length</source>
        <translation>Länge der Notiz</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="89"/>
        <source>{n} of {most} characters. Ctrl+Enter saves.</source>
        <translation>{n} von {most} Zeichen. Strg+Enter speichert.</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="91"/>
        <source>Too long: {n} of {most} characters. Shorten it to save.</source>
        <translation>Zu lang: {n} von {most} Zeichen. Kürzen Sie die Notiz, um sie zu speichern.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../ui/reminders/notify.py" line="33"/>
        <source>Desktop notifications are not available here. When an ice or heat timer ends, the coach plays a chime and brings its window to the front instead.</source>
        <translation>Desktop-Benachrichtigungen sind hier nicht verfügbar. Wenn ein Timer für Kälte oder Wärme abläuft, spielt der Coach stattdessen einen Ton und holt sein Fenster nach vorn.</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="43"/>
        <source>Call for help now</source>
        <translation>Rufen Sie jetzt Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="44"/>
        <source>Get help now</source>
        <translation>Holen Sie sich jetzt Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="45"/>
        <source>Get checked before you exercise</source>
        <translation>Lassen Sie sich vor dem Üben untersuchen</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="46"/>
        <source>See a GP or physio</source>
        <translation>Gehen Sie in eine Arztpraxis oder in die Physiotherapie</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="47"/>
        <source>See a GP or physio soon</source>
        <translation>Gehen Sie bald in eine Arztpraxis oder in die Physiotherapie</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="56"/>
        <source>Your answers allow only the suggested routine for now.</source>
        <translation>Ihre Antworten erlauben vorerst nur die vorgeschlagene Übungsfolge.</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="60"/>
        <source>It has deep hip stretches, which can make nerve symptoms worse.</source>
        <translation>Sie enthält tiefe Hüftdehnungen, die Nervenbeschwerden verschlimmern können.</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="64"/>
        <source>It has strengthening or foam rolling, which should wait until the first 3 days after a sudden strain are over.</source>
        <translation>Sie enthält Kräftigung oder Schaumstoffrolle. Das sollte warten, bis die ersten 3 Tage nach einer plötzlichen Zerrung vorbei sind.</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="70"/>
        <source>It is built around strengthening or foam rolling, which your answers rule out for now.</source>
        <translation>Sie besteht vor allem aus Kräftigung oder Schaumstoffrolle, was Ihre Antworten vorerst ausschließen.</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="75"/>
        <source>That routine was not offered.</source>
        <translation>Diese Übungsfolge wurde nicht angeboten.</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="78"/>
        <source>Please read this</source>
        <translation>Bitte lesen Sie das</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="111"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="119"/>
        <source>◀ Back (Esc)</source>
        <translation>◀ Zurück (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="120"/>
        <source>Back to the last question</source>
        <translation>Zurück zur letzten Frage</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="122"/>
        <location filename="../ui/checkin/outcome_view.py" line="123"/>
        <source>Back to Home</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="187"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="195"/>
        <location filename="../ui/checkin/outcome_view.py" line="218"/>
        <source>Outcome message</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="201"/>
        <source>Call {number}</source>
        <translation>Rufen Sie {number} an</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="202"/>
        <source>Emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="207"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="209"/>
        <location filename="../ui/checkin/outcome_view.py" line="240"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="219"/>
        <source>Suggested routine:</source>
        <translation>Vorgeschlagene Übungsfolge:</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="226"/>
        <source>Use the suggested routine: {name}</source>
        <translation>Vorgeschlagene Übungsfolge nehmen: {name}</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="228"/>
        <location filename="../ui/checkin/outcome_view.py" line="233"/>
        <source>Suggested routine</source>
        <translation>Vorgeschlagene Übungsfolge</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="238"/>
        <source>Why this routine:</source>
        <translation>Warum diese Übungsfolge:</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="243"/>
        <source>Good to know:</source>
        <translation>Gut zu wissen:</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="245"/>
        <source>Advice</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="247"/>
        <source>Use this routine (Enter)</source>
        <translation>Diese Übungsfolge nehmen (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="248"/>
        <source>Use this routine</source>
        <translation>Diese Übungsfolge nehmen</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="259"/>
        <source>Or pick another routine:</source>
        <translation>Oder wählen Sie eine andere Übungsfolge:</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="260"/>
        <source>Pick another routine</source>
        <translation>Andere Übungsfolge wählen</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="267"/>
        <source>My routines</source>
        <translation>Meine Übungsfolgen</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="273"/>
        <source>Your own routines. The check-in did not choose these, so make sure they suit you today.</source>
        <translation>Ihre eigenen Übungsfolgen. Die Abfrage hat sie nicht ausgewählt. Prüfen Sie also selbst, ob sie heute zu Ihnen passen.</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="276"/>
        <source>My routines note</source>
        <translation>Hinweis zu meinen Übungsfolgen</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="280"/>
        <source>Pick my routine</source>
        <translation>Meine Übungsfolge wählen</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="294"/>
        <source>Not offered with your answers:</source>
        <translation>Bei Ihren Antworten nicht angeboten:</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="297"/>
        <source>Routines not offered</source>
        <translation>Nicht angebotene Übungsfolgen</translation>
    </message>
    <message>
        <location filename="../ui/checkin/outcome_view.py" line="316"/>
        <source>{what}: {name}</source>
        <translation>{what}: {name}</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <location filename="../ui/history/pain_chart.py" line="38"/>
        <source>Pain before session</source>
        <translation>Vor der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="39"/>
        <source>Pain after session</source>
        <translation>Nach der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="107"/>
        <source>Showing the last {weeks} weeks, one point per session.</source>
        <translation>Zu sehen sind die letzten {weeks} Wochen, ein Punkt pro Einheit.</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="111"/>
        <source>Showing the last {weeks} weeks: one point per session for the last {recent} weeks, weekly averages before that.</source>
        <translation>Zu sehen sind die letzten {weeks} Wochen: ein Punkt pro Einheit für die letzten {recent} Wochen, davor Wochenmittelwerte.</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="118"/>
        <source>No pain scores yet: they appear here after your first session.</source>
        <translation>Noch keine Schmerzwerte: Sie erscheinen hier nach Ihrer ersten Einheit.</translation>
    </message>
</context>
<context>
    <name>PainChartView</name>
    <message>
        <location filename="../ui/history/pain_chart.py" line="153"/>
        <source>Pain over time chart</source>
        <translation>Grafik: Schmerzen im Lauf der Zeit</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="204"/>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="204"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="210"/>
        <source>Pain 0–10</source>
        <translation>Schmerzen 0–10</translation>
    </message>
    <message>
        <location filename="../ui/history/pain_chart.py" line="222"/>
        <source>No pain scores yet</source>
        <translation>Noch keine Schmerzwerte</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../ui/widgets/pain_scale.py" line="41"/>
        <source>Pain now</source>
        <translation>Schmerzen jetzt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pain_scale.py" line="42"/>
        <source>{name}, 0 to 10</source>
        <translation>{name}, 0 bis 10</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pain_scale.py" line="46"/>
        <location filename="../ui/widgets/pain_scale.py" line="103"/>
        <source>No score chosen yet</source>
        <translation>Noch kein Wert gewählt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pain_scale.py" line="53"/>
        <source>{name} {score} out of 10</source>
        <translation>{name} {score} von 10</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pain_scale.py" line="60"/>
        <source>0 = no pain</source>
        <translation>0 = kein Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pain_scale.py" line="61"/>
        <source>10 = worst imaginable</source>
        <translation>10 = stärkster Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/widgets/pain_scale.py" line="111"/>
        <source>{score} chosen</source>
        <translation>{score} gewählt</translation>
    </message>
</context>
<context>
    <name>PhysioWords</name>
    <message>
        <location filename="../ui/history/physio_texts.py" line="22"/>
        <source>carried on</source>
        <translation>weitergemacht</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="23"/>
        <source>stopped that exercise; an easier level was offered</source>
        <translation>Übung abgebrochen; eine leichtere Stufe wurde angeboten</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="24"/>
        <source>stopped the session for nerve symptoms</source>
        <translation>Einheit wegen Nervensymptomen beendet</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="25"/>
        <source>stopped the session for warning signs; the safety questions were asked again</source>
        <translation>Einheit wegen Warnzeichen beendet; die Sicherheitsfragen wurden erneut gestellt</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="30"/>
        <source>stopped by the person</source>
        <translation>von der Person beendet</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="31"/>
        <source>red-flag symptoms</source>
        <translation>Warnzeichen (Red Flags)</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="33"/>
        <source>This hurts: stop rule</source>
        <translation>„Das tut weh“: Stopp-Regel</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="34"/>
        <source>This hurts: carried on</source>
        <translation>„Das tut weh“: weitergemacht</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="35"/>
        <source>Red flag</source>
        <translation>Warnzeichen (Red Flag)</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="36"/>
        <source>Nerve symptoms</source>
        <translation>Nervenbeschwerden</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="37"/>
        <source>Level changed</source>
        <translation>Stufe gewechselt</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="38"/>
        <source>Exercises paused (red flag)</source>
        <translation>Übungen pausiert (Warnzeichen)</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="39"/>
        <source>Exercises resumed</source>
        <translation>Übungen wieder aufgenommen</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="40"/>
        <source>Routine switched</source>
        <translation>Übungsfolge gewechselt</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="42"/>
        <source>Check-in</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="43"/>
        <source>Where it hurts</source>
        <translation>Wo es schmerzt</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="44"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="45"/>
        <source>Since when</source>
        <translation>Seit wann</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="46"/>
        <source>Pain at check-in</source>
        <translation>Schmerz bei der Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="47"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="48"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="49"/>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="50"/>
        <source>none asked</source>
        <translation>keine gefragt</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="52"/>
        <source>told to call the emergency number now</source>
        <translation>aufgefordert, sofort den Notruf zu wählen</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="53"/>
        <source>sent to an emergency department</source>
        <translation>an eine Notaufnahme verwiesen</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="54"/>
        <source>told to get medical advice today</source>
        <translation>aufgefordert, noch heute ärztlichen Rat einzuholen</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="55"/>
        <source>under 16: the app is for adults</source>
        <translation>unter 16: die App ist für Erwachsene</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="56"/>
        <source>told to see a GP or physio within 1-2 days</source>
        <translation>aufgefordert, innerhalb von 1–2 Tagen die Hausarztpraxis oder Physiotherapie aufzusuchen</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="57"/>
        <source>no red flags: a routine was suggested</source>
        <translation>keine Warnzeichen: eine Übungsfolge wurde vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="59"/>
        <source>ache across worked buttock/thigh muscles, tender to touch</source>
        <translation>Schmerz über beanspruchten Gesäß-/Oberschenkelmuskeln, druckempfindlich</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="60"/>
        <source>deep in one buttock, worse sitting; not below the knee</source>
        <translation>tief in einer Gesäßhälfte, im Sitzen schlimmer; nicht unterhalb des Knies</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="61"/>
        <source>below the knee, pins and needles/numbness, or worse on cough/sneeze</source>
        <translation>unterhalb des Knies, Kribbeln/Taubheit oder schlimmer bei Husten/Niesen</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="64"/>
        <source>tender knots in the buttock muscles</source>
        <translation>druckempfindliche Knoten in der Gesäßmuskulatur</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="65"/>
        <source>at the sitting bone</source>
        <translation>am Sitzbein</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="66"/>
        <source>none of the descriptions fitted</source>
        <translation>keine der Beschreibungen passte</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="68"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="69"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="70"/>
        <source>Both, or hard to say</source>
        <translation>Beidseitig oder unklar</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="72"/>
        <source>gradually, 12-48 h after a new or harder workout, within 7 days</source>
        <translation>allmählich, 12–48 h nach einem neuen oder härteren Training, innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="75"/>
        <source>suddenly, sharp at one spot during activity, within 3 days</source>
        <translation>plötzlich, stechend an einer Stelle während einer Aktivität, innerhalb von 3 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="76"/>
        <source>suddenly, more than 3 days before</source>
        <translation>plötzlich, vor mehr als 3 Tagen</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="77"/>
        <source>built up over weeks, or keeps coming back</source>
        <translation>über Wochen entstanden oder wiederkehrend</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="78"/>
        <source>no pain now (wants prevention)</source>
        <translation>derzeit keine Schmerzen (möchte vorbeugen)</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="80"/>
        <source>saddle numbness</source>
        <translation>Taubheit im Reithosenbereich</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="81"/>
        <source>bladder control change</source>
        <translation>veränderte Blasenkontrolle</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="82"/>
        <source>bladder or bowel incontinence</source>
        <translation>Blasen- oder Darminkontinenz</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="83"/>
        <source>sexual function change</source>
        <translation>veränderte Sexualfunktion</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="84"/>
        <source>symptoms in both legs</source>
        <translation>Beschwerden in beiden Beinen</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="85"/>
        <source>progressive leg weakness</source>
        <translation>zunehmende Beinschwäche</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="86"/>
        <source>stable leg weakness</source>
        <translation>gleichbleibende Beinschwäche</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="87"/>
        <source>major trauma</source>
        <translation>schweres Trauma</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="88"/>
        <source>fall or knock</source>
        <translation>Sturz oder Stoß</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="89"/>
        <source>sudden pop with bruising or altered gait</source>
        <translation>plötzliches Knacken mit Bluterguss oder verändertem Gangbild</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="90"/>
        <source>osteoporosis</source>
        <translation>Osteoporose</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="91"/>
        <source>long-term oral steroids</source>
        <translation>langfristige Einnahme von Kortison (oral)</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="92"/>
        <source>fever or feeling unwell</source>
        <translation>Fieber oder Krankheitsgefühl</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="93"/>
        <source>dark urine with muscle pain</source>
        <translation>dunkler Urin mit Muskelschmerzen</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="94"/>
        <source>chest pain</source>
        <translation>Brustschmerzen</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="95"/>
        <source>history of cancer or unexplained weight loss</source>
        <translation>Krebs in der Vorgeschichte oder ungeklärter Gewichtsverlust</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="96"/>
        <source>severe constant pain</source>
        <translation>starke Dauerschmerzen</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="97"/>
        <source>no relief with rest or position</source>
        <translation>keine Linderung durch Ruhe oder Lagewechsel</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="98"/>
        <source>night pain</source>
        <translation>Nachtschmerzen</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="99"/>
        <source>progressive pain</source>
        <translation>zunehmende Schmerzen</translation>
    </message>
    <message>
        <location filename="../ui/history/physio_texts.py" line="142"/>
        <source>Pain {pain}/10: {action}.</source>
        <translation>Schmerz {pain}/10: {action}.</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <location filename="../ui/visuals/ring.py" line="34"/>
        <location filename="../ui/visuals/ring.py" line="67"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
</context>
<context>
    <name>RegionChoice</name>
    <message>
        <location filename="../ui/screens/region_choice.py" line="17"/>
        <source>Where you live</source>
        <translation>Wohnort</translation>
    </message>
    <message>
        <location filename="../ui/screens/region_choice.py" line="31"/>
        <source>Where do you live? It sets the emergency number.</source>
        <translation>Wo wohnen Sie? Davon hängt die Notrufnummer ab.</translation>
    </message>
    <message>
        <location filename="../ui/screens/region_choice.py" line="35"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/screens/region_choice.py" line="46"/>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <location filename="../ui/screens/region_choice.py" line="47"/>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <location filename="../ui/screens/region_choice.py" line="48"/>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <location filename="../ui/screens/region_choice.py" line="49"/>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <location filename="../ui/screens/region_choice.py" line="50"/>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <location filename="../ui/screens/region_choice.py" line="51"/>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <location filename="../ui/screens/region_choice.py" line="52"/>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <location filename="../ui/screens/region_choice.py" line="53"/>
        <source>Somewhere else</source>
        <translation>Anderswo</translation>
    </message>
</context>
<context>
    <name>ReminderParts</name>
    <message>
        <location filename="../ui/reminders/reminders_app.py" line="28"/>
        <source>Some saved reminder settings could not be read, so they are back to normal. You can check them under Reminders.</source>
        <translation>Einige gespeicherte Erinnerungseinstellungen ließen sich nicht lesen und sind wieder auf Standard gesetzt. Sie können sie unter „Erinnerungen“ prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/reminders/autostart.py" line="63"/>
        <source>Could not change start on login ({path}): {error}</source>
        <translation>Der Start beim Anmelden konnte nicht geändert werden ({path}): {error}</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsBox</name>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="47"/>
        <source>Remind me when ice is due again (first days after a sudden strain)</source>
        <translation>Erinnern, wenn wieder Kälte dran ist (erste Tage nach einer plötzlichen Zerrung)</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="72"/>
        <location filename="../ui/reminders/reminder_settings_box.py" line="73"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="76"/>
        <location filename="../ui/reminders/reminder_settings_box.py" line="107"/>
        <source>Remind me to do my session</source>
        <translation>An meine Einheit erinnern</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="78"/>
        <source>Reminder times</source>
        <translation>Uhrzeiten der Erinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="81"/>
        <source>Reminder times problem</source>
        <translation>Problem mit den Uhrzeiten</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="87"/>
        <source>Ice reminders</source>
        <translation>Erinnerungen an Kälte</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="88"/>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="89"/>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="91"/>
        <source>Start on login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="92"/>
        <source>Send a test re&amp;minder</source>
        <translation>&amp;Test-Erinnerung senden</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="94"/>
        <source>Send a test reminder</source>
        <translation>Test-Erinnerung senden</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="102"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="104"/>
        <source>(no ice reminders then)</source>
        <translation>(dann keine Erinnerungen an Kälte)</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="108"/>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="110"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="113"/>
        <source>Quiet hours</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="114"/>
        <source>Start Rehab Coach in the background when I log in</source>
        <translation>Rehab Coach beim Anmelden im Hintergrund starten</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="166"/>
        <source>Not saved yet: Up to {n} times, like 09:00, 18:30 (24-hour clock).</source>
        <translation>Noch nicht gespeichert: Bis zu {n} Uhrzeiten, z. B. 09:00, 18:30 (24-Stunden-Format).</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsRow</name>
    <message numerus="yes">
        <location filename="../ui/reminders/reminder_settings_box.py" line="240"/>
        <source>%n day(s) a week</source>
        <translation>
            <numerusform>%n Tag pro Woche</numerusform>
            <numerusform>%n Tage pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="242"/>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="243"/>
        <source>Session reminders at {times}, {when}.</source>
        <translation>Erinnerung an die Einheit um {times}, {when}.</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="246"/>
        <source>Ice reminders on.</source>
        <translation>Erinnerungen an Kälte an.</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="248"/>
        <source>Starts when you log in.</source>
        <translation>Startet beim Anmelden.</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="249"/>
        <source>Reminders are off.</source>
        <translation>Erinnerungen sind aus.</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="184"/>
        <location filename="../ui/reminders/reminder_settings_box.py" line="202"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="186"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="187"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="200"/>
        <source>Reminders set</source>
        <translation>Eingestellte Erinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_settings_box.py" line="201"/>
        <source>&amp;Reminders…</source>
        <translation>&amp;Erinnerungen …</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <location filename="../ui/reminders/reminder_words.py" line="23"/>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_words.py" line="24"/>
        <source>In 30 min</source>
        <translation>In 30 Min.</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_words.py" line="25"/>
        <source>Skip today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_words.py" line="31"/>
        <source>Time for your stretches</source>
        <translation>Zeit für Ihre Übungen</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_words.py" line="32"/>
        <source>Today&apos;s session is waiting.</source>
        <translation>Die heutige Einheit wartet auf Sie.</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_words.py" line="39"/>
        <source>Ice again?</source>
        <translation>Wieder kühlen?</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_words.py" line="40"/>
        <source>Your skin has rested. If it feels normal again, you can use ice now.</source>
        <translation>Ihre Haut hat sich erholt. Wenn sie sich wieder normal anfühlt, können Sie jetzt wieder kühlen.</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_words.py" line="41"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_words.py" line="47"/>
        <source>Rehab Coach reminder</source>
        <translation>Erinnerung von Rehab Coach</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_words.py" line="49"/>
        <source>This is how a reminder looks. Reminders come at the times you set in Settings.</source>
        <translation>So sieht eine Erinnerung aus. Erinnerungen kommen zu den Zeiten, die Sie in den Einstellungen festlegen.</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_words.py" line="65"/>
        <source>your session at {when}</source>
        <translation>Ihre Einheit am {when}</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminder_words.py" line="67"/>
        <source>ice at {when}</source>
        <translation>Kälte am {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reminders/reminder_words.py" line="74"/>
        <source>While the computer was asleep or off, %n reminder(s) were missed (the latest shown): {list}.</source>
        <translation>
            <numerusform>Während der Computer im Ruhezustand oder aus war, wurde %n Erinnerung verpasst (die neuesten sind genannt): {list}.</numerusform>
            <numerusform>Während der Computer im Ruhezustand oder aus war, wurden %n Erinnerungen verpasst (die neuesten sind genannt): {list}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reminders/reminder_words.py" line="86"/>
        <source>While the computer was asleep or off, %n reminder(s) were missed: {list}.</source>
        <translation>
            <numerusform>Während der Computer im Ruhezustand oder aus war, wurde %n Erinnerung verpasst: {list}.</numerusform>
            <numerusform>Während der Computer im Ruhezustand oder aus war, wurden %n Erinnerungen verpasst: {list}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineCard</name>
    <message>
        <location filename="../ui/visuals/routine_card.py" line="121"/>
        <source>Suggested for you</source>
        <translation>Für Sie vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../ui/app/app_flow.py" line="269"/>
        <location filename="../ui/app/app_flow.py" line="313"/>
        <source>Your history</source>
        <translation>Ihr Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/app/app_flow.py" line="289"/>
        <source>Your check-in</source>
        <translation>Ihre Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/app/bootstrap.py" line="84"/>
        <source>Your history can&apos;t be saved right now. {error}</source>
        <translation>Ihr Verlauf kann gerade nicht gespeichert werden. {error}</translation>
    </message>
    <message>
        <location filename="../ui/app/bootstrap.py" line="338"/>
        <source>Your settings</source>
        <translation>Ihre Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/app/saving.py" line="24"/>
        <source>{what} can&apos;t be saved right now: {error}</source>
        <translation>{what}: kann gerade nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminders_app.py" line="108"/>
        <source>The pause</source>
        <translation>Die Pause</translation>
    </message>
    <message>
        <location filename="../ui/reminders/reminders_app.py" line="159"/>
        <source>Your reminder settings</source>
        <translation>Ihre Einstellungen für Erinnerungen</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../ui/history/history_actions.py" line="126"/>
        <source>Edit &amp;note…</source>
        <translation>&amp;Notiz bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="127"/>
        <source>Edit note on the selected session</source>
        <translation>Notiz zur gewählten Einheit bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="129"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="130"/>
        <source>Delete the selected session</source>
        <translation>Die gewählte Einheit löschen</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="133"/>
        <source>Note on the selected session</source>
        <translation>Notiz zur gewählten Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="137"/>
        <source>Session change</source>
        <translation>Änderung an einer Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="139"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="140"/>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="168"/>
        <source>Pick a session to see or edit its note, or to delete it.</source>
        <translation>Wählen Sie eine Einheit, um ihre Notiz zu sehen oder zu bearbeiten oder um sie zu löschen.</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="170"/>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="172"/>
        <source>No note on this session.</source>
        <translation>Keine Notiz zu dieser Einheit.</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="220"/>
        <source>The note wasn&apos;t saved: {error}</source>
        <translation>Die Notiz wurde nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="224"/>
        <source>Note saved on the session of {when}.</source>
        <translation>Notiz zur Einheit vom {when} gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="225"/>
        <source>Note removed.</source>
        <translation>Notiz entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="235"/>
        <source>Delete this session?</source>
        <translation>Diese Einheit löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/history_actions.py" line="240"/>
        <source>Delete the {routine} session of {when}? Its %n recorded step(s) and any pain reports go with it. You can undo this for a few seconds.</source>
        <translation>
            <numerusform>Die Einheit „{routine}“ vom {when} löschen? Ihr %n gespeicherter Schritt und alle Schmerzmeldungen werden mit gelöscht. Sie können das einige Sekunden lang rückgängig machen.</numerusform>
            <numerusform>Die Einheit „{routine}“ vom {when} löschen? Ihre %n gespeicherten Schritte und alle Schmerzmeldungen werden mit gelöscht. Sie können das einige Sekunden lang rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="248"/>
        <source>&amp;Delete session</source>
        <translation>Einheit &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="249"/>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="250"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="251"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="264"/>
        <source>The session wasn&apos;t deleted: {error}</source>
        <translation>Die Einheit wurde nicht gelöscht: {error}</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="268"/>
        <source>Deleted the {routine} session of {when}.</source>
        <translation>Die Einheit „{routine}“ vom {when} wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="294"/>
        <source>Couldn&apos;t undo: {error}</source>
        <translation>Rückgängig machen ging nicht: {error}</translation>
    </message>
    <message>
        <location filename="../ui/history/history_actions.py" line="297"/>
        <source>The session is back.</source>
        <translation>Die Einheit ist wieder da.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../ui/session/session_controller.py" line="58"/>
        <source>Your session is not being saved right now. {problem} Keep going: what you do is kept and saved as soon as saving works again.</source>
        <translation>Ihre Einheit wird gerade nicht gespeichert. {problem} Machen Sie einfach weiter: Was Sie tun, wird behalten und gespeichert, sobald das Speichern wieder geht.</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <location filename="../ui/session/session_controls.py" line="36"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/session/session_controls.py" line="38"/>
        <source>Back to the previous step (Left arrow key)</source>
        <translation>Zurück zum vorigen Schritt (Pfeiltaste links)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_controls.py" line="42"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/session/session_controls.py" line="42"/>
        <source>Pause or resume (Space)</source>
        <translation>Pause oder weiter (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_controls.py" line="45"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_controls.py" line="45"/>
        <source>Skip this step (Right arrow key)</source>
        <translation>Diesen Schritt überspringen (Pfeiltaste rechts)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_controls.py" line="48"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/session/session_controls.py" line="48"/>
        <source>Finished this set (Enter)</source>
        <translation>Diesen Satz geschafft (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_controls.py" line="51"/>
        <source>It hurts</source>
        <translation>Es tut weh</translation>
    </message>
    <message>
        <location filename="../ui/session/session_controls.py" line="51"/>
        <source>This hurts: report pain now (H)</source>
        <translation>Es tut weh: Schmerzen jetzt melden (H)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_controls.py" line="54"/>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/session/session_controls.py" line="54"/>
        <source>Stop the session (Esc)</source>
        <translation>Einheit beenden (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_controls.py" line="80"/>
        <source>Session controls</source>
        <translation>Steuerung der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/session/session_controls.py" line="82"/>
        <source>Space pause, Left back, Right skip, Enter done, H it hurts, Escape stop</source>
        <translation>Leertaste Pause, Pfeil links zurück, Pfeil rechts überspringen, Enter fertig, H es tut weh, Escape beenden</translation>
    </message>
</context>
<context>
    <name>SessionPlayer</name>
    <message>
        <location filename="../ui/session/session_player.py" line="41"/>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="42"/>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="43"/>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="65"/>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="82"/>
        <source>Set, repetition and side</source>
        <translation>Satz, Wiederholung und Seite</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="87"/>
        <source>Session progress</source>
        <translation>Fortschritt der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="96"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="112"/>
        <source>Time through this step</source>
        <translation>Zeit in diesem Schritt</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="117"/>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="119"/>
        <source>Next up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="124"/>
        <source>Spoken cue</source>
        <translation>Gesprochener Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="131"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="156"/>
        <source>Steps and what is next</source>
        <translation>Schritte und was als Nächstes kommt</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="171"/>
        <source>Stop the session? What you have done so far is saved.</source>
        <translation>Einheit beenden? Was Sie bisher gemacht haben, ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="172"/>
        <source>Stop session (Enter)</source>
        <translation>Einheit beenden (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="173"/>
        <location filename="../ui/session/session_player.py" line="185"/>
        <source>Keep going (Esc)</source>
        <translation>Weitermachen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="181"/>
        <source>Quit Rehab Coach? Everything you have done so far is saved, and you can resume this session next time.</source>
        <translation>Rehab Coach beenden? Alles, was Sie bisher gemacht haben, ist gespeichert. Sie können diese Einheit beim nächsten Mal fortsetzen.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="184"/>
        <source>Quit (Enter)</source>
        <translation>Beenden (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="237"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="216"/>
        <source>Keys: Space pause · ← back · → skip · Enter done · H it hurts · Esc stop</source>
        <translation>Tasten: Leertaste Pause · ← zurück · → überspringen · Enter fertig · H es tut weh · Esc beenden</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="231"/>
        <source>Next up: {name}</source>
        <translation>Als Nächstes: {name}</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="233"/>
        <source>Last exercise</source>
        <translation>Letzte Übung</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="236"/>
        <location filename="../ui/session/session_player.py" line="237"/>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="248"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session_player.py" line="250"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="288"/>
        <source>Set {n} of {total}</source>
        <translation>Satz {n} von {total}</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="291"/>
        <source>Rep {n} of {total}</source>
        <translation>Wiederholung {n} von {total}</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="294"/>
        <source>Hold {n} of {total}</source>
        <translation>Halten {n} von {total}</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="297"/>
        <source>Next: hold {n} of {total}</source>
        <translation>Als Nächstes: Halten {n} von {total}</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="302"/>
        <source>“{text}”</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="375"/>
        <source>Reps, at your pace</source>
        <translation>Im eigenen Tempo</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="377"/>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <location filename="../ui/session/session_player.py" line="378"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
</context>
<context>
    <name>SessionRun</name>
    <message>
        <location filename="../ui/app/session_run.py" line="37"/>
        <source>You reported symptoms that mean the safety questions come first again. Please answer them now.</source>
        <translation>Sie haben Beschwerden gemeldet, bei denen zuerst wieder die Sicherheitsfragen kommen. Bitte beantworten Sie sie jetzt.</translation>
    </message>
    <message>
        <location filename="../ui/app/session_run.py" line="116"/>
        <source>Done: your plan now uses the easier level, {level}. Today&apos;s session carries on without this exercise.</source>
        <translation>Erledigt: Ihr Plan nutzt jetzt die leichtere Stufe, {level}. Die heutige Einheit geht ohne diese Übung weiter.</translation>
    </message>
    <message>
        <location filename="../ui/app/session_run.py" line="176"/>
        <source>Use the easier level from now on</source>
        <translation>Ab jetzt die leichtere Stufe nutzen</translation>
    </message>
    <message>
        <location filename="../ui/app/session_run.py" line="250"/>
        <source>Your session will be saved as soon as it can be.</source>
        <translation>Ihre Einheit wird gespeichert, sobald es geht.</translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message>
        <location filename="../ui/session/session_words.py" line="33"/>
        <source>Session stopped. What you did is saved.</source>
        <translation>Einheit beendet. Was Sie gemacht haben, ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_words.py" line="35"/>
        <source>Every step was skipped, so this session doesn&apos;t count as done.</source>
        <translation>Alle Schritte wurden ausgelassen. Deshalb zählt diese Einheit nicht als erledigt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session_words.py" line="38"/>
        <source>Session finished, with {skipped} of %n step(s) skipped.</source>
        <translation>
            <numerusform>Einheit beendet, {skipped} von %n Schritt ausgelassen.</numerusform>
            <numerusform>Einheit beendet, {skipped} von %n Schritten ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session_words.py" line="46"/>
        <source>Session complete. Well done.</source>
        <translation>Einheit geschafft. Gut gemacht.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_words.py" line="53"/>
        <source>That is a real improvement.</source>
        <translation>Das ist eine echte Verbesserung.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_words.py" line="56"/>
        <source>That is a real rise. Take it easier next time, and check how it feels tomorrow morning.</source>
        <translation>Das ist ein echter Anstieg. Machen Sie es beim nächsten Mal leichter und achten Sie darauf, wie es sich morgen früh anfühlt.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_words.py" line="60"/>
        <source>About the same as before.</source>
        <translation>Etwa wie vorher.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_words.py" line="61"/>
        <source>Pain before: {before}/10, after: {after}/10.</source>
        <translation>Schmerzen vorher: {before}/10, nachher: {after}/10.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session_words.py" line="68"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session_words.py" line="72"/>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session_words.py" line="74"/>
        <source>You did %n step(s), {length} of exercise.</source>
        <translation>
            <numerusform>Sie haben %n Schritt gemacht, {length} Übung.</numerusform>
            <numerusform>Sie haben %n Schritte gemacht, {length} Übung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session_words.py" line="87"/>
        <source>Your last session felt easy and your pain was back to normal the next morning. You can move up to: {level}.</source>
        <translation>Ihre letzte Einheit fiel Ihnen leicht, und Ihre Schmerzen waren am nächsten Morgen wieder wie sonst. Sie können aufsteigen zu: {level}.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_words.py" line="91"/>
        <source>A stop rule was triggered. Next time, try the easier level: {level}.</source>
        <translation>Eine Stopp-Regel hat gegriffen. Versuchen Sie beim nächsten Mal die leichtere Stufe: {level}.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_words.py" line="101"/>
        <source>(You can change level on Home.)</source>
        <translation>(Die Stufe können Sie auf der Startseite wechseln.)</translation>
    </message>
    <message>
        <location filename="../ui/session/session_words.py" line="106"/>
        <source>That felt easy. If your pain is back to where it was by tomorrow morning, the coach will offer the next level: {level}.</source>
        <translation>Das war leicht. Wenn Ihre Schmerzen bis morgen früh wieder so sind wie vorher, bietet der Coach die nächste Stufe an: {level}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session_words.py" line="115"/>
        <source>%n exercise(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session_words.py" line="117"/>
        <source>about {n} min</source>
        <translation>etwa {n} Min.</translation>
    </message>
    <message>
        <location filename="../ui/session/session_words.py" line="127"/>
        <source>ddd dd MMM, HH:mm</source>
        <translation>ddd dd. MMM, HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/session/session_words.py" line="128"/>
        <source>Your {routine} session on {when} was interrupted.</source>
        <translation>Ihre Einheit „{routine}“ vom {when} wurde unterbrochen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/session_words.py" line="130"/>
        <source>%n step(s) saved.</source>
        <translation>
            <numerusform>%n Schritt ist gespeichert.</numerusform>
            <numerusform>%n Schritte sind gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/session_words.py" line="138"/>
        <source>This routine has an easier level: {level}.</source>
        <translation>Diese Übungsfolge hat eine leichtere Stufe: {level}.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="43"/>
        <location filename="../ui/screens/settings_screen.py" line="44"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="47"/>
        <source>Speak the cues</source>
        <translation>Hinweise ansagen</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="49"/>
        <location filename="../ui/screens/settings_screen.py" line="131"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="56"/>
        <source>More voices</source>
        <translation>Weitere Stimmen</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="58"/>
        <source>More voices (other languages)</source>
        <translation>Weitere Stimmen (andere Sprachen)</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="64"/>
        <source> words a minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="65"/>
        <location filename="../ui/screens/settings_screen.py" line="134"/>
        <source>Speaking rate</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="68"/>
        <location filename="../ui/screens/settings_screen.py" line="135"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="70"/>
        <source>Countdown beeps</source>
        <translation>Pieptöne beim Herunterzählen</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="72"/>
        <source>Beep for the last 3 seconds instead of counting aloud</source>
        <translation>In den letzten 3 Sekunden piepen statt laut zählen</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="76"/>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="77"/>
        <source>Get-ready time</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="79"/>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="81"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="82"/>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="83"/>
        <source>Very large (200%)</source>
        <translation>Sehr groß (200 %)</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="90"/>
        <source>Emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="92"/>
        <source>Light or dark</source>
        <translation>Hell oder dunkel</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="94"/>
        <source>Same as the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="95"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="96"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="101"/>
        <source>Language (after a restart)</source>
        <translation>Sprache (nach einem Neustart)</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="103"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="106"/>
        <source>after a restart</source>
        <translation>nach Neustart</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="107"/>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="109"/>
        <source>&amp;Test voice</source>
        <translation>Hör&amp;probe</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="110"/>
        <source>Test voice</source>
        <translation>Stimme testen</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="112"/>
        <source>&amp;Home</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="113"/>
        <source>Back to Home</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="116"/>
        <source>&amp;Delete my data…</source>
        <translation>Daten &amp;löschen …</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="117"/>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="121"/>
        <source>Speech status</source>
        <translation>Stand der Sprachausgabe</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="137"/>
        <source>Time to get ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="138"/>
        <source>Te&amp;xt size</source>
        <translation>Schrift&amp;größe</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="142"/>
        <source>Where you &amp;live</source>
        <translation>&amp;Wohnort</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="145"/>
        <source>Light or dar&amp;k</source>
        <translation>&amp;Hell oder dunkel</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="213"/>
        <source>Emergency number: {number}</source>
        <translation>Notrufnummer: {number}</translation>
    </message>
    <message>
        <location filename="../ui/screens/settings_screen.py" line="226"/>
        <source>Default voice</source>
        <translation>Standardstimme</translation>
    </message>
</context>
<context>
    <name>SoundNotice</name>
    <message>
        <location filename="../speech/fallbacks.py" line="30"/>
        <source>Spoken cues are off: the speech engine could not start ({detail}). To hear cues, install it with: {fix} and restart Rehab Coach. Captions still show every cue.</source>
        <translation>Gesprochene Hinweise sind aus: Die Sprachausgabe konnte nicht starten ({detail}). Um Hinweise zu hören, installieren Sie sie mit: {fix} und starten Sie Rehab Coach neu. Alle Hinweise erscheinen weiter als Text.</translation>
    </message>
    <message>
        <location filename="../speech/fallbacks.py" line="40"/>
        <source>Spoken cues are off: the speech engine kept failing ({detail}). Captions still show every cue; restart Rehab Coach to try again.</source>
        <translation>Gesprochene Hinweise sind aus: Die Sprachausgabe ist immer wieder ausgefallen ({detail}). Alle Hinweise erscheinen weiter als Text; starten Sie Rehab Coach neu, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location filename="../speech/fallbacks.py" line="49"/>
        <source>Sound is off: no audio output device was found. Captions still show every cue. If this is unexpected, check your speakers or run: {fix}</source>
        <translation>Ton ist aus: Es wurde kein Audioausgabegerät gefunden. Alle Hinweise erscheinen weiter als Text. Falls das unerwartet ist, prüfen Sie Ihre Lautsprecher oder führen Sie aus: {fix}</translation>
    </message>
    <message>
        <location filename="../speech/fallbacks.py" line="58"/>
        <source>Sound paused: the sound server stopped. Captions still show every cue; sound comes back by itself once the server is running again.</source>
        <translation>Ton pausiert: Der Sound-Server wurde beendet. Alle Hinweise erscheinen weiter als Text; der Ton kommt von selbst zurück, sobald der Server wieder läuft.</translation>
    </message>
    <message>
        <location filename="../speech/fallbacks.py" line="67"/>
        <source>Spoken cues are off: the speech cache cannot be written ({detail}). Captions still show every cue.</source>
        <translation>Gesprochene Hinweise sind aus: Der Sprach-Zwischenspeicher kann nicht geschrieben werden ({detail}). Alle Hinweise erscheinen weiter als Text.</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <location filename="../ui/visuals/sparkline.py" line="24"/>
        <source>Pain trend</source>
        <translation>Schmerzverlauf</translation>
    </message>
</context>
<context>
    <name>StartWords</name>
    <message>
        <location filename="../ui/app/start_words.py" line="13"/>
        <source>Rehab Coach needs a display: run it from a desktop session (DISPLAY or WAYLAND_DISPLAY set), or for commands on a machine without one set QT_QPA_PLATFORM=offscreen.</source>
        <translation>Rehab Coach braucht einen Bildschirm: Starten Sie es in einer Desktop-Sitzung (DISPLAY oder WAYLAND_DISPLAY gesetzt), oder setzen Sie für Befehle auf einem Rechner ohne Bildschirm QT_QPA_PLATFORM=offscreen.</translation>
    </message>
</context>
<context>
    <name>StoreWords</name>
    <message>
        <location filename="../ui/app/store_words.py" line="15"/>
        <source>Choose another folder with --data-dir, or fix the folder&apos;s permissions.</source>
        <translation>Wählen Sie mit --data-dir einen anderen Ordner, oder korrigieren Sie die Zugriffsrechte des Ordners.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="20"/>
        <source>The history file {path} is damaged. Restart Rehab Coach: it keeps the damaged file and starts a new history.</source>
        <translation>Die Verlaufsdatei {path} ist beschädigt. Starten Sie Rehab Coach neu: Die beschädigte Datei wird aufbewahrt und ein neuer Verlauf begonnen.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="27"/>
        <source>Can&apos;t use {path} as the data folder: it is a file, not a folder. Choose another folder with --data-dir.</source>
        <translation>{path} kann nicht als Datenordner dienen: Es ist eine Datei, kein Ordner. Wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="32"/>
        <source>Can&apos;t create the data folder {path}: part of that path is a file, not a folder. Choose another folder with --data-dir.</source>
        <translation>Der Datenordner {path} kann nicht angelegt werden: Ein Teil dieses Pfads ist eine Datei, kein Ordner. Wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="37"/>
        <source>Can&apos;t use {path} as the data folder: it is not a folder.</source>
        <translation>{path} kann nicht als Datenordner dienen: Es ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="40"/>
        <source>Can&apos;t write to {path}: permission denied.</source>
        <translation>In {path} kann nicht geschrieben werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="43"/>
        <source>Can&apos;t write to {path}: the disk is read-only.</source>
        <translation>In {path} kann nicht geschrieben werden: Der Datenträger ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="46"/>
        <source>Can&apos;t write to {path}: permission denied or read-only disk.</source>
        <translation>In {path} kann nicht geschrieben werden: Zugriff verweigert oder Datenträger schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="49"/>
        <source>Can&apos;t write to {path}: the disk is full.</source>
        <translation>In {path} kann nicht geschrieben werden: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="52"/>
        <source>Can&apos;t write to {path}: {detail}.</source>
        <translation>In {path} kann nicht geschrieben werden: {detail}.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="53"/>
        <source>The disk holding {path} is full, so the last change wasn&apos;t saved. Everything saved before is safe. Free some space and try again.</source>
        <translation>Der Datenträger mit {path} ist voll, daher wurde die letzte Änderung nicht gespeichert. Alles zuvor Gespeicherte ist sicher. Geben Sie etwas Speicherplatz frei und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="58"/>
        <source>Writing to {path} failed (the disk may be full, failing or removed), so the last change wasn&apos;t saved. Everything saved before is safe.</source>
        <translation>Das Schreiben in {path} ist fehlgeschlagen (der Datenträger ist vielleicht voll, defekt oder entfernt), daher wurde die letzte Änderung nicht gespeichert. Alles zuvor Gespeicherte ist sicher.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="63"/>
        <source>The history file {path} is busy: another copy of Rehab Coach may be using it. Close it and try again.</source>
        <translation>Die Verlaufsdatei {path} ist belegt: Vielleicht nutzt sie ein anderes Rehab Coach. Schließen Sie es und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="70"/>
        <source>Can&apos;t open the history: {path} is a folder, not a file. Move it away, or choose another folder with --data-dir.</source>
        <translation>Der Verlauf kann nicht geöffnet werden: {path} ist ein Ordner, keine Datei. Verschieben Sie ihn, oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="75"/>
        <source>This history was saved by a newer version of Rehab Coach (schema {found}; this version knows up to {known}). Update the app to open it.</source>
        <translation>Dieser Verlauf wurde von einer neueren Version von Rehab Coach gespeichert (Schema {found}; diese Version kennt bis {known}). Aktualisieren Sie die App, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="80"/>
        <source>Couldn&apos;t use the history file {path}: {detail}.</source>
        <translation>Die Verlaufsdatei {path} ließ sich nicht verwenden: {detail}.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="96"/>
        <source>Your history file couldn&apos;t be read (it is damaged). It was kept as {name} in {folder}, and a new, empty history was started.</source>
        <translation>Ihre Verlaufsdatei konnte nicht gelesen werden (sie ist beschädigt). Sie wurde als {name} in {folder} aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
    <message>
        <location filename="../ui/app/store_words.py" line="101"/>
        <source>Your history file couldn&apos;t be read (it isn&apos;t a history database). It was kept as {name} in {folder}, and a new, empty history was started.</source>
        <translation>Ihre Verlaufsdatei konnte nicht gelesen werden (sie ist keine Verlaufsdatenbank). Sie wurde als {name} in {folder} aufbewahrt, und ein neuer, leerer Verlauf wurde begonnen.</translation>
    </message>
</context>
<context>
    <name>SummaryWriter</name>
    <message>
        <location filename="../ui/history/clinician_pdf.py" line="91"/>
        <location filename="../ui/history/clinician_sections.py" line="127"/>
        <source>Rehab Coach: summary for a physiotherapist</source>
        <translation>Rehab Coach: Zusammenfassung für die Physiotherapie</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="60"/>
        <source>The person&apos;s notes</source>
        <translation>Notizen der Person</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="106"/>
        <source>dd MMM yyyy</source>
        <translation>dd. MMM yyyy</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="119"/>
        <source>Showing the latest {n} of {total}.</source>
        <translation>Gezeigt werden die neuesten {n} von {total}.</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="124"/>
        <source>General self-care guidance, not a diagnosis.</source>
        <translation>Allgemeine Hinweise zur Selbsthilfe, keine Diagnose.</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="125"/>
        <source>Made on {day} by a self-care app, from what the person recorded.</source>
        <translation>Erstellt am {day} von einer Selbsthilfe-App, aus den Angaben der Person.</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="131"/>
        <source>Safety:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="137"/>
        <source>No sessions have been recorded yet.</source>
        <translation>Es wurden noch keine Einheiten erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="143"/>
        <source>{first} to {last}.</source>
        <translation>{first} bis {last}.</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="147"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="175"/>
        <source>Last {n} days</source>
        <translation>Letzte {n} Tage</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="178"/>
        <source>Whole period</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="181"/>
        <source>{n} of {total} days</source>
        <translation>{n} von {total} Tagen</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="182"/>
        <source>{n}%</source>
        <translation>{n} %</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/clinician_sections.py" line="184"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/clinician_sections.py" line="185"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="187"/>
        <source>{sessions} ({counts}), {minutes} in all. Adherence is days with a completed session, against a target of one session a day.</source>
        <translation>{sessions} ({counts}), insgesamt {minutes}. Die Therapietreue zählt die Tage mit einer abgeschlossenen Einheit, bei einem Ziel von einer Einheit pro Tag.</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="191"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="192"/>
        <source>Days with a completed session</source>
        <translation>Tage mit abgeschlossener Einheit</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="193"/>
        <source>Adherence</source>
        <translation>Therapietreue</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="197"/>
        <source>Sessions and adherence</source>
        <translation>Einheiten und Therapietreue</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="215"/>
        <location filename="../ui/history/clinician_sections.py" line="261"/>
        <location filename="../ui/history/clinician_sections.py" line="311"/>
        <source>Routine</source>
        <translation>Übungsfolge</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="215"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="215"/>
        <location filename="../ui/history/clinician_sections.py" line="237"/>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="215"/>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="216"/>
        <source>Routines used</source>
        <translation>Genutzte Übungsfolgen</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="231"/>
        <source>A change of 2 points or 30% is a meaningful change; 1 point is the smallest noticeable.</source>
        <translation>Eine Änderung um 2 Punkte oder 30 % ist bedeutsam; 1 Punkt ist die kleinste spürbare Änderung.</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="234"/>
        <source>Weekly means, the last {n} weeks with a score:</source>
        <translation>Wochenmittelwerte der letzten {n} Wochen mit Werten:</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="236"/>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="238"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="239"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="240"/>
        <source>Next morning</source>
        <translation>Am nächsten Morgen</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="243"/>
        <source>Pain over time (0–10)</source>
        <translation>Schmerzen im Verlauf (0–10)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/clinician_sections.py" line="257"/>
        <source>%n session(s) stopped early.</source>
        <translation>
            <numerusform>%n Einheit wurde vorzeitig beendet.</numerusform>
            <numerusform>%n Einheiten wurden vorzeitig beendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="260"/>
        <source>Stops and warnings</source>
        <translation>Abbrüche und Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="261"/>
        <location filename="../ui/history/clinician_sections.py" line="311"/>
        <location filename="../ui/history/clinician_sections.py" line="337"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="271"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="279"/>
        <source>Warnings recorded:</source>
        <translation>Erfasste Warnungen:</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="281"/>
        <location filename="../ui/history/clinician_sections.py" line="323"/>
        <location filename="../ui/history/clinician_sections.py" line="337"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="281"/>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="285"/>
        <source>No stop rules, red flags or nerve symptoms were recorded.</source>
        <translation>Es wurden keine Stopp-Regeln, Warnzeichen oder Nervensymptome erfasst.</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="290"/>
        <source>Check-in findings</source>
        <translation>Befunde der Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="292"/>
        <source>No check-in has been saved.</source>
        <translation>Es wurde noch keine Abfrage gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="296"/>
        <source>Red flags asked, answered no</source>
        <translation>Gefragte Warnzeichen, mit Nein beantwortet</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="298"/>
        <source>Red flags answered YES</source>
        <translation>Warnzeichen mit JA beantwortet</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="299"/>
        <source>From the person&apos;s latest check-in (their own answers, not an examination):</source>
        <translation>Aus der letzten Abfrage der Person (eigene Angaben, keine Untersuchung):</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="300"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="300"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="311"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="324"/>
        <source>Uses</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="325"/>
        <source>Minutes in all</source>
        <translation>Minuten insgesamt</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="326"/>
        <source>Skin check done</source>
        <translation>Hautkontrolle gemacht</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="328"/>
        <source>Ice and heat</source>
        <translation>Kälte und Wärme</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="334"/>
        <source>Skin reactions reported:</source>
        <translation>Gemeldete Hautreaktionen:</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="337"/>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="341"/>
        <source>No skin reactions were reported.</source>
        <translation>Es wurden keine Hautreaktionen gemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/history/clinician_sections.py" line="349"/>
        <source>Follow-ups due</source>
        <translation>Fällige Nachkontrollen</translation>
    </message>
</context>
<context>
    <name>ThermalController</name>
    <message>
        <location filename="../ui/thermal/thermal_texts.py" line="15"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_texts.py" line="16"/>
        <source>I&apos;ve taken it off</source>
        <translation>Ich habe es abgenommen</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_texts.py" line="17"/>
        <source>Snooze 2 min</source>
        <translation>2 Min. später erinnern</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_texts.py" line="18"/>
        <source>Skin looks OK</source>
        <translation>Haut sieht gut aus</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_texts.py" line="49"/>
        <source>tomorrow {time}</source>
        <translation>morgen {time}</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_texts.py" line="53"/>
        <source>ddd d MMM</source>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_texts.py" line="62"/>
        <source>Another ice or heat timer is running.</source>
        <translation>Es läuft schon ein Timer für Kälte oder Wärme.</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_texts.py" line="66"/>
        <source>Read the advice and tick it first.</source>
        <translation>Lesen Sie zuerst die Hinweise und setzen Sie das Häkchen.</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_texts.py" line="70"/>
        <source>Give your skin a rest before the next {name}.</source>
        <translation>Gönnen Sie Ihrer Haut eine Pause, bevor Sie wieder {name} anwenden.</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_texts.py" line="74"/>
        <source>That is {n} times today, the most advised.</source>
        <translation>Das war heute schon {n}-mal, mehr wird nicht empfohlen.</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_controller.py" line="239"/>
        <source>{name}: {time} left</source>
        <translation>{name}: noch {time}</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_controller.py" line="313"/>
        <source>Check your skin</source>
        <translation>Prüfen Sie Ihre Haut</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_controller.py" line="315"/>
        <location filename="../ui/thermal/thermal_controller.py" line="343"/>
        <source>{name} finished</source>
        <translation>{name}: Zeit ist um</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_controller.py" line="317"/>
        <source>Take the pack off now.</source>
        <translation>Nehmen Sie die Auflage jetzt ab.</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_controller.py" line="335"/>
        <source>The coach could not tell how long your {name} has been on (the clock changed while it was closed), so the timer has ended. Take the pack off now.</source>
        <translation>Der Coach konnte nicht feststellen, wie lange die Anwendung ({name}) schon läuft (die Uhr wurde verstellt, während die App geschlossen war). Deshalb ist der Timer beendet. Nehmen Sie die Auflage jetzt ab.</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_controller.py" line="341"/>
        <source>Your {name} timer finished while you were away</source>
        <translation>Ihr Timer ({name}) ist abgelaufen, während Sie weg waren</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_controller.py" line="344"/>
        <source>Take the pack off now</source>
        <translation>Nehmen Sie die Auflage jetzt ab</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_controller.py" line="350"/>
        <source>Next {name} from {when}</source>
        <translation>{name} wieder ab {when}</translation>
    </message>
</context>
<context>
    <name>ThermalCountdown</name>
    <message>
        <location filename="../ui/thermal/thermal_countdown.py" line="48"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_countdown.py" line="60"/>
        <source>Time through this application</source>
        <translation>Verstrichene Zeit dieser Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_countdown.py" line="71"/>
        <source>Check your skin</source>
        <translation>Prüfen Sie Ihre Haut</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_countdown.py" line="77"/>
        <source>Skin looks OK</source>
        <translation>Haut sieht gut aus</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_countdown.py" line="81"/>
        <source>Stop now</source>
        <translation>Jetzt aufhören</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_countdown.py" line="81"/>
        <source>Stop now: my skin does not look right</source>
        <translation>Jetzt aufhören: Meine Haut sieht nicht gut aus</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_countdown.py" line="94"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_countdown.py" line="94"/>
        <source>Back to home (the timer keeps running)</source>
        <translation>Zurück zur Startseite (der Timer läuft weiter)</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_countdown.py" line="97"/>
        <source>Stop the timer</source>
        <translation>Timer beenden</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_countdown.py" line="108"/>
        <source>{name} timer</source>
        <translation>Timer: {name}</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_countdown.py" line="115"/>
        <source>of {total}.</source>
        <translation>von {total}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/thermal/thermal_countdown.py" line="120"/>
        <source>The coach will chime after %n minute(s) for a skin check.</source>
        <translation>
            <numerusform>Nach %n Minute ertönt ein Ton: Dann prüfen Sie Ihre Haut.</numerusform>
            <numerusform>Nach %n Minuten ertönt ein Ton: Dann prüfen Sie Ihre Haut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThermalScreen</name>
    <message>
        <location filename="../ui/thermal/thermal_screen.py" line="45"/>
        <source>Ice or heat</source>
        <translation>Kälte oder Wärme</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_screen.py" line="86"/>
        <source>Time&apos;s up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_screen.py" line="91"/>
        <source>I&apos;ve &amp;taken it off</source>
        <translation>Ich habe es &amp;abgenommen</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_screen.py" line="91"/>
        <source>I&apos;ve taken it off</source>
        <translation>Ich habe es abgenommen</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_screen.py" line="110"/>
        <source>Take the pack off now.</source>
        <translation>Nehmen Sie die Auflage jetzt ab.</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_screen.py" line="141"/>
        <source> Next {name} from {when}.</source>
        <translation> {name} wieder ab {when}.</translation>
    </message>
</context>
<context>
    <name>ThermalSetup</name>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="133"/>
        <source>Ice or heat</source>
        <translation>Kälte oder Wärme</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="138"/>
        <source>Choose {name}</source>
        <translation>{name} wählen</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="185"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="185"/>
        <source>Back to home</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="187"/>
        <location filename="../ui/thermal/thermal_setup.py" line="189"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="193"/>
        <location filename="../ui/thermal/thermal_setup.py" line="235"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="237"/>
        <source>Choose ice or heat.</source>
        <translation>Wählen Sie Kälte oder Wärme.</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="241"/>
        <source>Start {name}</source>
        <translation>{name} starten</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="245"/>
        <source>Please ask a health professional first.</source>
        <translation>Bitte fragen Sie zuerst medizinisches Fachpersonal.</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="247"/>
        <source>Read the advice above, then tick “I have read this”.</source>
        <translation>Lesen Sie die Hinweise oben und setzen Sie dann das Häkchen bei „Ich habe das gelesen“.</translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message numerus="yes">
        <location filename="../ui/widgets/time_words.py" line="20"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/time_words.py" line="22"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/time_words.py" line="23"/>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
</context>
<context>
    <name>TriageWizard</name>
    <message>
        <location filename="../ui/checkin/triage_wizard.py" line="56"/>
        <source>Safety first</source>
        <translation>Sicherheit zuerst</translation>
    </message>
    <message>
        <location filename="../ui/checkin/triage_wizard.py" line="57"/>
        <source>About your pain</source>
        <translation>Zu Ihren Schmerzen</translation>
    </message>
    <message>
        <location filename="../ui/checkin/triage_wizard.py" line="58"/>
        <source>Safety check</source>
        <translation>Sicherheitsprüfung</translation>
    </message>
    <message>
        <location filename="../ui/checkin/triage_wizard.py" line="88"/>
        <source>Check-in</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/checkin/triage_wizard.py" line="119"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../ui/checkin/triage_wizard.py" line="122"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/checkin/triage_wizard.py" line="125"/>
        <source>Next (Enter) ▶</source>
        <translation>Weiter (Enter) ▶</translation>
    </message>
    <message>
        <location filename="../ui/checkin/triage_wizard.py" line="125"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/checkin/triage_wizard.py" line="128"/>
        <source>◀ Back (Esc)</source>
        <translation>◀ Zurück (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/checkin/triage_wizard.py" line="128"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/checkin/triage_wizard.py" line="130"/>
        <source>Back to Home</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <location filename="../ui/checkin/triage_wizard.py" line="274"/>
        <source>Question {n} of {total}</source>
        <translation>Frage {n} von {total}</translation>
    </message>
    <message>
        <location filename="../ui/checkin/triage_wizard.py" line="319"/>
        <source>Please answer Yes or No on every line.</source>
        <translation>Bitte antworten Sie in jeder Zeile mit Ja oder Nein.</translation>
    </message>
    <message>
        <location filename="../ui/checkin/triage_wizard.py" line="320"/>
        <source>Please answer every question first.</source>
        <translation>Bitte beantworten Sie zuerst alle Fragen.</translation>
    </message>
</context>
<context>
    <name>WeekStrip</name>
    <message>
        <location filename="../ui/visuals/week_strip.py" line="26"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../ui/visuals/week_strip.py" line="28"/>
        <source>MTWTFSS</source>
        <translation>MDMDFSS</translation>
    </message>
    <message>
        <location filename="../ui/visuals/week_strip.py" line="39"/>
        <source>Done on {days}</source>
        <translation>Geschafft am {days}</translation>
    </message>
    <message>
        <location filename="../ui/visuals/week_strip.py" line="41"/>
        <source>No session done yet this week</source>
        <translation>Diese Woche noch keine Einheit</translation>
    </message>
</context>
<context>
    <name>YesNoRow</name>
    <message>
        <location filename="../ui/checkin/answer_controls.py" line="48"/>
        <location filename="../ui/checkin/answer_controls.py" line="77"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/checkin/answer_controls.py" line="49"/>
        <location filename="../ui/checkin/answer_controls.py" line="77"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>_KindPanel</name>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="64"/>
        <source>Don&apos;t use {name} if any of these apply to you:</source>
        <translation>Wenden Sie keine {name} an, wenn eines davon auf Sie zutrifft:</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="74"/>
        <source>This applies to me</source>
        <translation>Trifft auf mich zu</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="75"/>
        <source>This applies to me: {item}</source>
        <translation>Trifft auf mich zu: {item}</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="86"/>
        <source>One of these applies to you. Please ask a health professional first before using {name}.</source>
        <translation>Eines davon trifft auf Sie zu. Bitte fragen Sie zuerst medizinisches Fachpersonal, bevor Sie {name} anwenden.</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="94"/>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="99"/>
        <source>I have read this</source>
        <translation>Ich habe das gelesen</translation>
    </message>
    <message>
        <location filename="../ui/thermal/thermal_setup.py" line="100"/>
        <source>I have read this {name} advice</source>
        <translation>Ich habe die Hinweise zu {name} gelesen</translation>
    </message>
</context>
</TS>
