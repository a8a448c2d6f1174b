<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AfterSessionScreen</name>
    <message>
        <location filename="../ui/after_session.py" line="48"/>
        <source>After the session</source>
        <translation>Nach der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="61"/>
        <source>How do you feel now?</source>
        <translation>Wie fühlen Sie sich jetzt?</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="65"/>
        <source>Pain after the session</source>
        <translation>Schmerzen nach der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="68"/>
        <source>Any new or spreading leg symptoms (pain, tingling or numbness further down the leg)?</source>
        <translation>Neue oder sich ausbreitende Beschwerden im Bein (Schmerzen, Kribbeln oder Taubheit weiter unten im Bein)?</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="73"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="74"/>
        <source>Spreading leg symptoms: yes</source>
        <translation>Sich ausbreitende Beschwerden im Bein: ja</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="75"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="76"/>
        <source>Spreading leg symptoms: no</source>
        <translation>Sich ausbreitende Beschwerden im Bein: nein</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="81"/>
        <source>That felt easy: I could have done a couple more of each</source>
        <translation>Leicht: Ich hätte jeweils noch ein paar mehr geschafft</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="83"/>
        <source>That felt easy</source>
        <translation>Das war leicht</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="84"/>
        <source>&amp;Save (Enter)</source>
        <translation>&amp;Speichern (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="85"/>
        <source>Save how I feel</source>
        <translation>Speichern, wie ich mich fühle</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="121"/>
        <source>Saved. Here is how it went</source>
        <translation>Gespeichert. So lief es</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="129"/>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="135"/>
        <source>Back to &amp;Home (Enter)</source>
        <translation>Zurück zur &amp;Startseite (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/after_session.py" line="136"/>
        <source>Back to Home</source>
        <translation>Zurück zur Startseite</translation>
    </message>
</context>
<context>
    <name>ChecklistGate</name>
    <message>
        <location filename="../ui/checklist_gate.py" line="20"/>
        <source>No, none of these (Enter)</source>
        <translation>Nein, nichts davon (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/checklist_gate.py" line="21"/>
        <source>Yes, one or more of these</source>
        <translation>Ja, eines oder mehrere davon</translation>
    </message>
    <message>
        <location filename="../ui/checklist_gate.py" line="54"/>
        <source>Safety questions</source>
        <translation>Sicherheitsfragen</translation>
    </message>
</context>
<context>
    <name>OutcomeView</name>
    <message>
        <location filename="../ui/outcome_view.py" line="43"/>
        <source>Call for help now</source>
        <translation>Rufen Sie jetzt Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="44"/>
        <source>Get help now</source>
        <translation>Holen Sie sich jetzt Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="45"/>
        <source>Get checked before you exercise</source>
        <translation>Lassen Sie sich vor dem Üben untersuchen</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="46"/>
        <source>See a GP or physio</source>
        <translation>Gehen Sie in eine Arztpraxis oder in die Physiotherapie</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="47"/>
        <source>See a GP or physio soon</source>
        <translation>Gehen Sie bald in eine Arztpraxis oder in die Physiotherapie</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="49"/>
        <source>Please read this</source>
        <translation>Bitte lesen Sie das</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="82"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="90"/>
        <source>◀ Back (Esc)</source>
        <translation>◀ Zurück (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="91"/>
        <source>Back to the last question</source>
        <translation>Zurück zur letzten Frage</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="93"/>
        <location filename="../ui/outcome_view.py" line="94"/>
        <source>Back to Home</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="154"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="162"/>
        <location filename="../ui/outcome_view.py" line="185"/>
        <source>Outcome message</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="168"/>
        <source>Call {number}</source>
        <translation>Rufen Sie {number} an</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="169"/>
        <source>Emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="174"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="176"/>
        <location filename="../ui/outcome_view.py" line="207"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="186"/>
        <source>Suggested routine:</source>
        <translation>Vorgeschlagene Übungsfolge:</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="193"/>
        <source>Use the suggested routine: {name}</source>
        <translation>Vorgeschlagene Übungsfolge nehmen: {name}</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="195"/>
        <location filename="../ui/outcome_view.py" line="200"/>
        <source>Suggested routine</source>
        <translation>Vorgeschlagene Übungsfolge</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="205"/>
        <source>Why this routine:</source>
        <translation>Warum diese Übungsfolge:</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="210"/>
        <source>Good to know:</source>
        <translation>Gut zu wissen:</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="212"/>
        <source>Advice</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="214"/>
        <source>Use this routine (Enter)</source>
        <translation>Diese Übungsfolge nehmen (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="215"/>
        <source>Use this routine</source>
        <translation>Diese Übungsfolge nehmen</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="225"/>
        <source>Or pick another routine:</source>
        <translation>Oder wählen Sie eine andere Übungsfolge:</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="226"/>
        <source>Pick another routine</source>
        <translation>Andere Übungsfolge wählen</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="233"/>
        <source>My routines</source>
        <translation>Meine Übungsfolgen</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="239"/>
        <source>Your own routines. The check-in did not choose these, so make sure they suit you today.</source>
        <translation>Ihre eigenen Übungsfolgen. Die Abfrage hat sie nicht ausgewählt. Prüfen Sie also selbst, ob sie heute zu Ihnen passen.</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="242"/>
        <source>My routines note</source>
        <translation>Hinweis zu meinen Übungsfolgen</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="246"/>
        <source>Pick my routine</source>
        <translation>Meine Übungsfolge wählen</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="260"/>
        <source>Not offered with your answers:</source>
        <translation>Bei Ihren Antworten nicht angeboten:</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="263"/>
        <source>Routines not offered</source>
        <translation>Nicht angebotene Übungsfolgen</translation>
    </message>
    <message>
        <location filename="../ui/outcome_view.py" line="282"/>
        <source>{what}: {name}</source>
        <translation>{what}: {name}</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../ui/pain_scale.py" line="45"/>
        <source>{name}, 0 to 10</source>
        <translation>{name}, 0 bis 10</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="49"/>
        <location filename="../ui/pain_scale.py" line="90"/>
        <source>No score chosen yet</source>
        <translation>Noch kein Wert gewählt</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="57"/>
        <source>{name} {score} out of 10</source>
        <translation>{name} {score} von 10</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="64"/>
        <source>0 = no pain</source>
        <translation>0 = kein Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="65"/>
        <source>10 = worst imaginable</source>
        <translation>10 = stärkster Schmerz</translation>
    </message>
    <message>
        <location filename="../ui/pain_scale.py" line="98"/>
        <source>{score} chosen</source>
        <translation>{score} gewählt</translation>
    </message>
</context>
<context>
    <name>YesNoRow</name>
    <message>
        <location filename="../ui/answer_controls.py" line="42"/>
        <location filename="../ui/answer_controls.py" line="71"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/answer_controls.py" line="43"/>
        <location filename="../ui/answer_controls.py" line="71"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/answer_controls.py" line="66"/>
        <source>{word}: {label}</source>
        <translation>{word}: {label}</translation>
    </message>
</context>
</TS>
