<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnnoyancesPage</name>
    <message>
        <source>What annoys you most about your marketing?</source>
        <translation>Was ärgert dich an deinem Marketing am meisten?</translation>
    </message>
    <message>
        <source>Write down what bugs you and rate how much. We start with the one that annoys you most.</source>
        <translation>Schreib auf, was dich stört, und bewerte, wie sehr. Wir fangen mit dem an, was dich am meisten ärgert.</translation>
    </message>
    <message>
        <source>&amp;What annoys you</source>
        <translation>Was dich ä&amp;rgert</translation>
    </message>
    <message>
        <source>How much? (1–5)</source>
        <translation>Wie sehr? (1–5)</translation>
    </message>
    <message>
        <source>A&amp;dd another</source>
        <translation>&amp;Noch eins hinzufügen</translation>
    </message>
    <message>
        <source>1 = a little, 5 = drives me mad</source>
        <translation>1 = ein bisschen, 5 = macht mich wahnsinnig</translation>
    </message>
    <message>
        <source>Or &amp;pick a chore from the starter library</source>
        <translation>Oder eine Aufgabe aus der &amp;Vorlagensammlung wählen</translation>
    </message>
    <message>
        <source>Common marketing chores, already cut into five-minute steps.</source>
        <translation>Typische Marketing-Aufgaben, schon in Fünf-Minuten-Schritte zerlegt.</translation>
    </message>
    <message>
        <source>e.g. We never post anything on Instagram</source>
        <translation>z. B. Wir posten nie etwas auf Instagram</translation>
    </message>
    <message>
        <source>e.g. Nobody finds us on Google</source>
        <translation>z. B. Niemand findet uns bei Google</translation>
    </message>
    <message>
        <source>e.g. I never ask customers for reviews</source>
        <translation>z. B. Ich bitte Kunden nie um Bewertungen</translation>
    </message>
    <message>
        <source>e.g. Our website is out of date</source>
        <translation>z. B. Unsere Website ist veraltet</translation>
    </message>
    <message>
        <source>e.g. I don&apos;t know what to write in a newsletter</source>
        <translation>z. B. Ich weiß nicht, was ich in einen Newsletter schreiben soll</translation>
    </message>
    <message>
        <source>e.g. Our flyers are years old</source>
        <translation>z. B. Unsere Flyer sind Jahre alt</translation>
    </message>
    <message>
        <source>Annoyance {n}</source>
        <translation>Ärgernis {n}</translation>
    </message>
    <message>
        <source>Annoyance {n}: how much, 1 to 5</source>
        <translation>Ärgernis {n}: wie sehr, 1 bis 5</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>No current step</source>
        <translation>Kein aktueller Schritt</translation>
    </message>
    <message>
        <source>The step you are working on</source>
        <translation>Der Schritt, an dem du gerade arbeitest</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the timebox</source>
        <translation>Zeitfenster starten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Finish the step and note what it brought</source>
        <translation>Schritt abschließen und festhalten, was er gebracht hat</translation>
    </message>
    <message>
        <source>Skip – what&apos;s stuck?</source>
        <translation>Überspringen – was hängt?</translation>
    </message>
    <message>
        <source>Skip the step and note what is stuck</source>
        <translation>Schritt überspringen und festhalten, was hängt</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Fenster zeigen</translation>
    </message>
    <message>
        <source>Show the current step in its window</source>
        <translation>Den aktuellen Schritt in seinem Fenster zeigen</translation>
    </message>
    <message>
        <source>Open board</source>
        <translation>Übersicht öffnen</translation>
    </message>
    <message>
        <source>All chores and steps</source>
        <translation>Alle Aufgaben und Schritte</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <source>Your progress over a period, to keep or send</source>
        <translation>Dein Fortschritt in einem Zeitraum, zum Aufheben oder Versenden</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Timebox length, chime, language</source>
        <translation>Länge des Zeitfensters, Signalton, Sprache</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Quit Small Steps</source>
        <translation>Small Steps beenden</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause the timebox</source>
        <translation>Zeitfenster pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the timebox</source>
        <translation>Zeitfenster fortsetzen</translation>
    </message>
    <message>
        <source>Time is up: mark the step done, or skip it</source>
        <translation>Die Zeit ist um: Hak den Schritt ab oder überspring ihn</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Smaller steps</source>
        <translation>Kleinere Schritte</translation>
    </message>
    <message>
        <source>New chore</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>What annoys you about your marketing, or what do you want to get done?</source>
        <translation>Was ärgert dich an deinem Marketing, oder was willst du erledigt haben?</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>annoyance</source>
        <translation>Ärgernis</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>„{title}“ verschieben</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>{what} bearbeiten</translation>
    </message>
    <message>
        <source>“{title}”
One smaller step per line, each one fits into five minutes:</source>
        <translation>„{title}“
Ein kleinerer Schritt pro Zeile, jeder passt in fünf Minuten:</translation>
    </message>
    <message>
        <source>Hand off “{title}”</source>
        <translation>„{title}“ abgeben</translation>
    </message>
    <message>
        <source>Split “{title}”</source>
        <translation>„{title}“ aufteilen</translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation>„{title}“ hinzufügen</translation>
    </message>
    <message>
        <source>Make “{title}” current</source>
        <translation>„{title}“ zum aktuellen Schritt machen</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>{spent} of {n} min</source>
        <translation>{spent} von {n} Min.</translation>
    </message>
    <message>
        <source>brief</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>stuck ×{n}</source>
        <translation>hängt ×{n}</translation>
    </message>
    <message>
        <source>overdue since {due}</source>
        <translation>überfällig seit {due}</translation>
    </message>
    <message>
        <source>brief, due {due}</source>
        <translation>Briefing, fällig am {due}</translation>
    </message>
</context>
<context>
    <name>BoardMenus</name>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;New chore…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <source>Add from the &amp;starter library…</source>
        <translation>Aus der &amp;Vorlagensammlung hinzufügen…</translation>
    </message>
    <message>
        <source>Progress &amp;report…</source>
        <translation>Fortschritts&amp;bericht…</translation>
    </message>
    <message>
        <source>Put the quota in my &amp;calendar…</source>
        <translation>Pensum in den &amp;Kalender eintragen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo: {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo: {what}</source>
        <translation>&amp;Wiederholen: {what}</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <source>Move to the &amp;next column</source>
        <translation>In die &amp;nächste Spalte verschieben</translation>
    </message>
    <message>
        <source>Move to the &amp;previous column</source>
        <translation>In die v&amp;orige Spalte verschieben</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach o&amp;ben verschieben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten verschieben</translation>
    </message>
    <message>
        <source>Go to the &amp;details</source>
        <translation>Zu den &amp;Details</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Welcome: start with what annoys you most…</source>
        <translation>&amp;Willkommen: Fang mit dem an, was dich am meisten ärgert…</translation>
    </message>
    <message>
        <source>Make &amp;current</source>
        <translation>Zum &amp;aktuellen Schritt machen</translation>
    </message>
    <message>
        <source>&amp;Start timebox</source>
        <translation>Zeitfenster &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;plit into smaller steps…</source>
        <translation>In kleinere Schritte auf&amp;teilen…</translation>
    </message>
    <message>
        <source>&amp;Hand off…</source>
        <translation>Ab&amp;geben…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>D&amp;rop</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Go to column {n}</source>
        <translation>Zu Spalte {n}</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Small Steps – Board</source>
        <extracomment>The selected step changed (None: nothing selected).</extracomment>
        <translation>Small Steps – Übersicht</translation>
    </message>
    <message>
        <source>Search steps (Ctrl+F)</source>
        <translation>Schritte suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <source>Annoyances &amp;&amp; inbox</source>
        <translation>Ärgernisse &amp;&amp; Eingang</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Hängt</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>Hand off a step</source>
        <translation>Einen Schritt abgeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Only you can say what matters here. A few words are enough.</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Nur du weißt, worauf es hier ankommt. Ein paar Worte reichen.</translation>
    </message>
    <message>
        <source>e.g. Anna from the print shop</source>
        <translation>z. B. Anna aus der Druckerei</translation>
    </message>
    <message>
        <source>e.g. new customers should see the shop inside</source>
        <translation>z. B. neue Kunden sollen den Laden von innen sehen</translation>
    </message>
    <message>
        <source>e.g. three photos in our shared folder</source>
        <translation>z. B. drei Fotos in unserem gemeinsamen Ordner</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>Fällig &amp;bis</translation>
    </message>
    <message>
        <source>&amp;To whom:</source>
        <translation>A&amp;n wen:</translation>
    </message>
    <message>
        <source>&amp;What exactly:</source>
        <translation>&amp;Was genau:</translation>
    </message>
    <message>
        <source>Wh&amp;y it matters:</source>
        <translation>Wa&amp;rum wichtig:</translation>
    </message>
    <message>
        <source>Done &amp;when:</source>
        <translation>&amp;Fertig, wenn:</translation>
    </message>
    <message>
        <source>Hand &amp;off</source>
        <translation>Ab&amp;geben</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Put the quota in your calendar</source>
        <translation>Pensum in den Kalender eintragen</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file saved</source>
        <translation>Kalenderdatei gespeichert</translation>
    </message>
    <message>
        <source>Calendar file not saved</source>
        <translation>Kalenderdatei nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved {path}

Repeating time blocks: {blocks} · To-dos for open briefs: {todos}

Open the file with your calendar (Thunderbird, Apple Calendar, or Google Calendar: Settings → Import) to add them.</source>
        <translation>Gespeichert: {path}

Wiederkehrende Zeitblöcke: {blocks} · Aufgaben für offene Briefings: {todos}

Öffne die Datei mit deinem Kalender (Thunderbird, Apple Kalender oder Google Kalender: Einstellungen → Importieren), um sie hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Do it yourself or outsource?</source>
        <translation>Selbst machen oder abgeben?</translation>
    </message>
    <message>
        <source>Now that you know what it takes: keep it, or hand it off.</source>
        <translation>Jetzt weißt du, was es braucht: Behältst du es, oder gibst du es ab?</translation>
    </message>
    <message>
        <source>Do it &amp;yourself</source>
        <translation>Selbst &amp;machen</translation>
    </message>
    <message>
        <source>&amp;Outsource it</source>
        <translation>Ab&amp;geben</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Später &amp;entscheiden</translation>
    </message>
    <message>
        <source>A short brief, written by you</source>
        <translation>Ein kurzes Briefing, von dir geschrieben</translation>
    </message>
    <message>
        <source>e.g. Anna from the print shop</source>
        <translation>z. B. Anna aus der Druckerei</translation>
    </message>
    <message>
        <source>e.g. new customers should see the shop</source>
        <translation>z. B. neue Kunden sollen den Laden sehen</translation>
    </message>
    <message>
        <source>e.g. 3 photos in our shared folder</source>
        <translation>z. B. 3 Fotos in unserem gemeinsamen Ordner</translation>
    </message>
    <message>
        <source>D&amp;ue by:</source>
        <translation>Fällig &amp;bis:</translation>
    </message>
    <message>
        <source>Has a due date</source>
        <translation>Mit Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>&amp;Copy brief</source>
        <translation>Briefing &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the brief, to paste it into a mail or message</source>
        <translation>Kopiert das Briefing, damit du es in eine E-Mail oder Nachricht einfügen kannst</translation>
    </message>
    <message>
        <source>To &amp;whom:</source>
        <translation>A&amp;n wen:</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>An wen</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>W&amp;as:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Wh&amp;y it matters:</source>
        <translation>Wa&amp;rum wichtig:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&amp;Done when:</source>
        <translation>&amp;Fertig, wenn:</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Fertig, wenn</translation>
    </message>
    <message>
        <source>You keep the work: “{first}” comes up next.</source>
        <translation>Du behältst die Arbeit: Als Nächstes ist „{first}“ dran.</translation>
    </message>
    <message>
        <source>You keep the work: the step stays your current step.</source>
        <translation>Du behältst die Arbeit: Der Schritt bleibt dein aktueller Schritt.</translation>
    </message>
    <message>
        <source>Hand it off with a short brief: only you know what your business needs.</source>
        <translation>Gib es mit einem kurzen Briefing ab: Nur du weißt, was dein Betrieb braucht.</translation>
    </message>
    <message>
        <source>The smaller steps wait in your list.</source>
        <translation>Die kleineren Schritte warten in deiner Liste.</translation>
    </message>
    <message>
        <source>The step is marked stuck, to come back to later.</source>
        <translation>Der Schritt wird als festgefahren markiert, damit du später darauf zurückkommst.</translation>
    </message>
    <message>
        <source>no fixed date</source>
        <translation>kein festes Datum</translation>
    </message>
    <message>
        <source>What: {what}</source>
        <translation>Was: {what}</translation>
    </message>
    <message>
        <source>Why: {why}</source>
        <translation>Warum: {why}</translation>
    </message>
    <message>
        <source>Done when: {done_when}</source>
        <translation>Fertig, wenn: {done_when}</translation>
    </message>
    <message>
        <source>By when: {when}</source>
        <translation>Bis wann: {when}</translation>
    </message>
    <message>
        <source>Who: {to}</source>
        <translation>Wer: {to}</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <source>No system tray found, so Small Steps stays in this window. On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds a tray.</source>
        <translation>Kein Infobereich (System-Tray) gefunden, deshalb bleibt Small Steps in diesem Fenster. Unter GNOME fügt die Erweiterung „AppIndicator and KStatusNotifierItem Support“ einen Infobereich hinzu.</translation>
    </message>
    <message>
        <source>Time is up: {title}</source>
        <translation>Die Zeit ist um: {title}</translation>
    </message>
    <message>
        <source>Small Steps</source>
        <translation>Small Steps</translation>
    </message>
    <message>
        <source>Your computer was away ({n} min) while the timebox was running. Count that time as worked?</source>
        <translation>Dein Computer war weg ({n} Min.), während das Zeitfenster lief. Soll diese Zeit als Arbeitszeit zählen?</translation>
    </message>
    <message>
        <source>Small Steps is in the system tray now: closing this window keeps it running.</source>
        <translation>Small Steps ist jetzt im Infobereich (System-Tray): Wenn du dieses Fenster schließt, läuft es dort weiter.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>The settings could not be saved to {path}: {reason}</source>
        <translation>Die Einstellungen konnten nicht in {path} gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>Small Steps could not change the login start: {reason}</source>
        <translation>Small Steps konnte den Start beim Anmelden nicht ändern: {reason}</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Starter library not available</source>
        <translation>Vorlagensammlung nicht verfügbar</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>FirstStepPage</name>
    <message>
        <source>Your first five-minute step</source>
        <translation>Dein erster Fünf-Minuten-Schritt</translation>
    </message>
    <message>
        <source>What will you do, in a few words?</source>
        <translation>Was wirst du tun – in ein paar Worten?</translation>
    </message>
    <message>
        <source>&amp;First step:</source>
        <translation>&amp;Erster Schritt:</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>No idea? Click an example to use it:</source>
        <translation>Keine Idee? Klick auf ein Beispiel, um es zu übernehmen:</translation>
    </message>
    <message>
        <source>Take any photo of today&apos;s work and post it. No caption, no hashtags.</source>
        <translation>Mach irgendein Foto von deiner Arbeit heute und poste es. Ohne Text, ohne Hashtags.</translation>
    </message>
    <message>
        <source>Write down three questions customers ask you all the time.</source>
        <translation>Schreib drei Fragen auf, die Kunden dir ständig stellen.</translation>
    </message>
    <message>
        <source>Open your Google Business profile and check the opening hours.</source>
        <translation>Öffne dein Google-Unternehmensprofil und prüf die Öffnungszeiten.</translation>
    </message>
    <message>
        <source>Ask one happy customer for a review, by text or in person.</source>
        <translation>Bitte einen zufriedenen Kunden um eine Bewertung – per Nachricht oder persönlich.</translation>
    </message>
    <message>
        <source>Use this as your first step</source>
        <translation>Als ersten Schritt übernehmen</translation>
    </message>
    <message>
        <source>From the starter library: the steps are ready, no typing needed.</source>
        <translation>Aus der Vorlagensammlung: Die Schritte stehen schon, du musst nichts tippen.</translation>
    </message>
    <message>
        <source>Each step fits into five minutes and into an ordinary day. You start with this one:</source>
        <translation>Jeder Schritt passt in fünf Minuten und in einen normalen Tag. Du fängst mit diesem an:</translation>
    </message>
    <message>
        <source>You rated this the most annoying, so you start here.</source>
        <translation>Das hat dich am meisten geärgert, also fängst du hier an.</translation>
    </message>
    <message>
        <source>Think of a first step so small that it fits into five minutes and into an ordinary day. Do it once, that&apos;s all.</source>
        <translation>Überleg dir einen ersten Schritt, so klein, dass er in fünf Minuten und in einen normalen Tag passt. Mach ihn einmal, mehr nicht.</translation>
    </message>
</context>
<context>
    <name>FocusWindow</name>
    <message>
        <source>Small Steps</source>
        <extracomment>The user changed something through this window (the tray should redraw).</extracomment>
        <translation>Small Steps</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Timer state</source>
        <translation>Status des Zeitfensters</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>P</source>
        <comment>key for Pause</comment>
        <translation>P</translation>
    </message>
    <message>
        <source>Pause the timebox</source>
        <translation>Zeitfenster pausieren</translation>
    </message>
    <message>
        <source>D</source>
        <comment>key for Done</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>Finish the step and note what it brought</source>
        <translation>Schritt abschließen und festhalten, was er gebracht hat</translation>
    </message>
    <message>
        <source>K</source>
        <comment>key for Skip</comment>
        <translation>Ü</translation>
    </message>
    <message>
        <source>Skip the step and note what is stuck</source>
        <translation>Schritt überspringen und festhalten, was hängt</translation>
    </message>
    <message>
        <source>No current step — press Start to begin the next one.</source>
        <translation>Kein aktueller Schritt – drück auf „Starten“, um mit dem nächsten zu beginnen.</translation>
    </message>
    <message>
        <source>No steps yet. Add one in a terminal:
smallsteps add &quot;Post one photo&quot;</source>
        <translation>Noch keine Schritte. Leg im Terminal einen an:
smallsteps add &quot;Ein Foto posten&quot;</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>S</source>
        <comment>key for Start and Resume</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the timebox</source>
        <translation>Zeitfenster fortsetzen</translation>
    </message>
    <message>
        <source>Start the timebox</source>
        <translation>Zeitfenster starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>What did it bring? (optional)</source>
        <translation>Was hat es gebracht? (optional)</translation>
    </message>
    <message>
        <source>There is no current step to skip.</source>
        <translation>Es gibt keinen aktuellen Schritt zum Überspringen.</translation>
    </message>
    <message>
        <source>Noted. No open steps left.</source>
        <translation>Notiert. Keine offenen Schritte mehr.</translation>
    </message>
    <message>
        <source>Noted. Next up: {title}</source>
        <translation>Notiert. Als Nächstes: {title}</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Your data file {path} was damaged. It was renamed to {kept}, with its contents as they were, and Small Steps started with a new, empty data file.

To bring back your steps, restore a backup in a terminal:
smallsteps restore --latest</source>
        <translation>Deine Datendatei {path} war beschädigt. Sie wurde in {kept} umbenannt, mit unverändertem Inhalt, und Small Steps hat mit einer neuen, leeren Datendatei begonnen.

Um deine Schritte zurückzuholen, stelle eine Sicherung wieder her, in einem Terminal:
smallsteps restore --latest</translation>
    </message>
    <message>
        <source>Small Steps cannot start</source>
        <translation>Small Steps kann nicht starten</translation>
    </message>
    <message>
        <source>Small Steps</source>
        <translation>Small Steps</translation>
    </message>
    <message>
        <source>Details are in {path}.</source>
        <translation>Einzelheiten stehen in {path}.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Small Steps hit an unexpected error and keeps running. Nothing you saved is lost.</source>
        <translation>In Small Steps ist ein unerwarteter Fehler aufgetreten; das Programm läuft weiter. Nichts Gespeichertes ist verloren.</translation>
    </message>
</context>
<context>
    <name>Quota</name>
    <message>
        <source>this week {minutes} of {week_quota} min</source>
        <translation>diese Woche {minutes} von {week_quota} Min.</translation>
    </message>
    <message>
        <source>this week {minutes} min</source>
        <translation>diese Woche {minutes} Min.</translation>
    </message>
    <message>
        <source>Today {done} of 1 step</source>
        <translation>Heute {done} von 1 Schritt</translation>
    </message>
    <message>
        <source>Today {done} of {quota} steps</source>
        <translation>Heute {done} von {quota} Schritten</translation>
    </message>
    <message>
        <source>Today 1 step done</source>
        <translation>Heute 1 Schritt erledigt</translation>
    </message>
    <message>
        <source>Today {done} steps done</source>
        <translation>Heute {done} Schritte erledigt</translation>
    </message>
    <message>
        <source>1 day in a row</source>
        <translation>1 Tag in Folge</translation>
    </message>
    <message>
        <source>{days} days in a row</source>
        <translation>{days} Tage in Folge</translation>
    </message>
</context>
<context>
    <name>ReactionAsker</name>
    <message>
        <source>What happened after “{title}”?</source>
        <extracomment>A reaction was recorded or the question put off (the board redraws).</extracomment>
        <translation>Was ist nach „{title}“ passiert?</translation>
    </message>
    <message>
        <source>Reactions not saved</source>
        <translation>Reaktionen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ReactionDialog</name>
    <message>
        <source>How did readers react?</source>
        <extracomment>(step id, ReactionAnswer, Counts or None)</extracomment>
        <translation>Wie haben Leser reagiert?</translation>
    </message>
    <message>
        <source>What happened after “{title}”?</source>
        <translation>Was ist nach „{title}“ passiert?</translation>
    </message>
    <message>
        <source>Rough numbers are fine. Feedback shows what is worth doing again.</source>
        <translation>Ungefähre Zahlen reichen. Rückmeldungen zeigen, was sich zu wiederholen lohnt.</translation>
    </message>
    <message>
        <source>e.g. two customers asked for prices</source>
        <translation>z. B. zwei Kunden haben nach Preisen gefragt</translation>
    </message>
    <message>
        <source>&amp;Likes:</source>
        <translation>&amp;Likes:</translation>
    </message>
    <message>
        <source>&amp;Comments:</source>
        <translation>&amp;Kommentare:</translation>
    </message>
    <message>
        <source>&amp;Replies:</source>
        <translation>&amp;Antworten:</translation>
    </message>
    <message>
        <source>&amp;Enquiries:</source>
        <translation>An&amp;fragen:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Nothing &amp;happened</source>
        <translation>Nichts &amp;passiert</translation>
    </message>
    <message>
        <source>Ask me &amp;later</source>
        <translation>Spä&amp;ter fragen</translation>
    </message>
</context>
<context>
    <name>ReadySteps</name>
    <message>
        <source>…and {count} more.</source>
        <translation>…und {count} weitere.</translation>
    </message>
    <message>
        <source>Then, one at a time:</source>
        <translation>Danach, einer nach dem anderen:</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>What&apos;s stuck?</source>
        <translation>Was hängt?</translation>
    </message>
    <message>
        <source>“{title}” was skipped. Find exactly where it sticks.</source>
        <translation>Du hast „{title}“ übersprungen. Finde heraus, wo genau es hängt.</translation>
    </message>
    <message>
        <source>Suggested next move</source>
        <translation>Vorschlag, wie es weitergeht</translation>
    </message>
    <message>
        <source>e.g. I have no photo of the workshop</source>
        <translation>z. B. Ich habe kein Foto von der Werkstatt</translation>
    </message>
    <message>
        <source>In a few &amp;words: what exactly is stuck?</source>
        <translation>&amp;In ein paar Worten: Was genau hängt?</translation>
    </message>
    <message>
        <source>What is stuck</source>
        <translation>Was hängt</translation>
    </message>
    <message>
        <source>It&apos;s &amp;too big</source>
        <translation>Es ist zu &amp;groß</translation>
    </message>
    <message>
        <source>Next move: split it into smaller steps.</source>
        <translation>So geht’s weiter: in kleinere Schritte aufteilen.</translation>
    </message>
    <message>
        <source>It&apos;s &amp;unclear what to do</source>
        <translation>&amp;Unklar, was zu tun ist</translation>
    </message>
    <message>
        <source>Next move: a step to ask someone or to look it up.</source>
        <translation>So geht’s weiter: ein Schritt, in dem du jemanden fragst oder es nachschlägst.</translation>
    </message>
    <message>
        <source>Something is &amp;missing</source>
        <translation>Es &amp;fehlt etwas</translation>
    </message>
    <message>
        <source>Next move: a step to get what&apos;s missing.</source>
        <translation>So geht’s weiter: ein Schritt, um zu besorgen, was fehlt.</translation>
    </message>
    <message>
        <source>No t&amp;ime right now</source>
        <translation>Gerade &amp;keine Zeit</translation>
    </message>
    <message>
        <source>Next move: a smaller version that fits into 5 minutes.</source>
        <translation>So geht’s weiter: eine kleinere Version, die in 5 Minuten passt.</translation>
    </message>
    <message>
        <source>No moti&amp;vation</source>
        <translation>Keine &amp;Lust</translation>
    </message>
    <message>
        <source>Next move: the tiniest first move, one you cannot fail at.</source>
        <translation>So geht’s weiter: der allerkleinste erste Schritt – einer, bei dem nichts schiefgehen kann.</translation>
    </message>
    <message>
        <source>Something &amp;else</source>
        <translation>&amp;Etwas anderes</translation>
    </message>
    <message>
        <source>Next move: take one step back and start where it sticks.</source>
        <translation>So geht’s weiter: einen Schritt zurückgehen und genau dort anfangen, wo es hängt.</translation>
    </message>
    <message>
        <source>Pick what fits best, and you get a suggestion for the next move.</source>
        <translation>Wähl aus, was am besten passt – dann bekommst du einen Vorschlag, wie es weitergeht.</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Progress report – Small Steps</source>
        <translation>Fortschrittsbericht – Small Steps</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vorschau des Berichts</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>vom</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>A4 pages to print or send</source>
        <translation>A4-Seiten zum Drucken oder Versenden</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>One page for any web browser</source>
        <translation>Eine Seite für jeden Webbrowser</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>Plain text with tables</source>
        <translation>Reiner Text mit Tabellen</translation>
    </message>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>Every timebox as a row, for a spreadsheet</source>
        <translation>Jedes Zeitfenster als Zeile, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>All numbers, for other programs</source>
        <translation>Alle Zahlen, für andere Programme</translation>
    </message>
    <message>
        <source>&amp;Anonymise for sharing</source>
        <translation>&amp;Anonymisieren zum Teilen</translation>
    </message>
    <message>
        <source>Titles become area and length, notes are hidden: for a coach or an adviser</source>
        <translation>Titel werden zu Bereich und Länge, Notizen werden verborgen: für Coach oder Beratung</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>progress-report</source>
        <translation>fortschrittsbericht</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>{name} wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>C&amp;hime when time is up</source>
        <translation>&amp;Ton abspielen, wenn die Zeit um ist</translation>
    </message>
    <message>
        <source>&amp;Keep the step window on top</source>
        <translation>Schrittfenster immer im &amp;Vordergrund</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>No quota</source>
        <translation>Kein Pensum</translation>
    </message>
    <message>
        <source> min per week</source>
        <translation> Min. pro Woche</translation>
    </message>
    <message>
        <source> days after</source>
        <translation> Tage danach</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>After a public step (a post, a mail to customers): ask what readers did</source>
        <translation>Nach einem öffentlichen Schritt (Beitrag, Mail an Kunden): fragen, was Leser getan haben</translation>
    </message>
    <message>
        <source>&amp;Start at login</source>
        <translation>Beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>Not available on this system yet</source>
        <translation>Auf diesem System noch nicht verfügbar</translation>
    </message>
    <message>
        <source>&amp;Timebox length:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>Timebox length</source>
        <translation>Länge des Zeitfensters</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Daily quota:</source>
        <translation>Tages&amp;pensum:</translation>
    </message>
    <message>
        <source>Daily quota</source>
        <translation>Tagespensum</translation>
    </message>
    <message>
        <source>&amp;Weekly time for marketing:</source>
        <translation>&amp;Wochenzeit für Marketing:</translation>
    </message>
    <message>
        <source>Weekly time for marketing</source>
        <translation>Wochenzeit für Marketing</translation>
    </message>
    <message>
        <source>Ask about &amp;reactions:</source>
        <translation>Nach &amp;Reaktionen fragen:</translation>
    </message>
    <message>
        <source>Ask about reactions</source>
        <translation>Nach Reaktionen fragen</translation>
    </message>
    <message>
        <source> step per day</source>
        <translation> Schritt pro Tag</translation>
    </message>
    <message>
        <source> steps per day</source>
        <translation> Schritte pro Tag</translation>
    </message>
</context>
<context>
    <name>SplitPage</name>
    <message>
        <source>Take one step back</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <source>What could you do in 5 minutes? Add one or more smaller steps, or none.</source>
        <translation>Was könntest du in 5 Minuten schaffen? Füge einen oder mehrere kleinere Schritte hinzu – oder keinen.</translation>
    </message>
    <message>
        <source>e.g. Ask Anna for a photo of the workshop</source>
        <translation>z. B. Anna nach einem Foto der Werkstatt fragen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add smaller step</source>
        <translation>Kleineren Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Smaller steps</source>
        <translation>Kleinere Schritte</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove smaller step</source>
        <translation>Kleineren Schritt entfernen</translation>
    </message>
    <message>
        <source>&amp;Smaller step:</source>
        <translation>&amp;Kleinerer Schritt:</translation>
    </message>
    <message>
        <source>Smaller step</source>
        <translation>Kleinerer Schritt</translation>
    </message>
    <message>
        <source>First part of: {title}</source>
        <translation>Erster Teil von: {title}</translation>
    </message>
    <message>
        <source>Ask someone about: {title}</source>
        <translation>Jemanden fragen zu: {title}</translation>
    </message>
    <message>
        <source>Get: {what}</source>
        <translation>Besorgen: {what}</translation>
    </message>
    <message>
        <source>5-minute version of: {title}</source>
        <translation>5-Minuten-Version von: {title}</translation>
    </message>
    <message>
        <source>Tiniest first move for: {title}</source>
        <translation>Allerkleinster erster Schritt für: {title}</translation>
    </message>
    <message>
        <source>No smaller step? Leave the box and the list empty and go on.</source>
        <translation>Kein kleinerer Schritt? Lass das Feld und die Liste leer und mach weiter.</translation>
    </message>
    <message>
        <source>The first one comes up next if you do it yourself.</source>
        <translation>Der erste ist als Nächstes dran, wenn du es selbst machst.</translation>
    </message>
</context>
<context>
    <name>StarterBrowser</name>
    <message>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Chores</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Chore preview</source>
        <translation>Vorschau der Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Pick a chore to see why it matters and its five-minute steps.</source>
        <translation>Wähl eine Aufgabe, um zu sehen, warum sie wichtig ist und welche Fünf-Minuten-Schritte dazugehören.</translation>
    </message>
    <message>
        <source>Steps, five minutes each:</source>
        <translation>Schritte, je fünf Minuten:</translation>
    </message>
</context>
<context>
    <name>StarterDialog</name>
    <message>
        <source>Starter library</source>
        <translation>Vorlagensammlung</translation>
    </message>
    <message>
        <source>Common marketing chores, already cut into steps of five minutes. Pick one to put it on your board.</source>
        <translation>Typische Marketing-Aufgaben, schon in Schritte von fünf Minuten zerlegt. Wähl eine aus, um sie in deine Übersicht zu übernehmen.</translation>
    </message>
    <message>
        <source>Add to my &amp;board</source>
        <translation>Zu meiner Übersicht &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>StarterPage</name>
    <message>
        <source>Pick a chore from the starter library</source>
        <translation>Wähl eine Aufgabe aus der Vorlagensammlung</translation>
    </message>
    <message>
        <source>Each chore is already cut into five-minute steps. Pick the one you want to start with.</source>
        <translation>Jede Aufgabe ist schon in Fünf-Minuten-Schritte zerlegt. Wähl die aus, mit der du anfangen willst.</translation>
    </message>
</context>
<context>
    <name>StepDetailPane</name>
    <message>
        <source> min</source>
        <extracomment>(step id, field name, new value); field names are BoardService.edit&apos;s keywords. One of ACTIONS, or &quot;reactions&quot;, for the shown step. (step id, public): the owner marked the step public or not.</extracomment>
        <translation> Min.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source> of 5</source>
        <translation> von 5</translation>
    </message>
    <message>
        <source>Anything worth remembering about this step</source>
        <translation>Alles, was du dir zu diesem Schritt merken willst</translation>
    </message>
    <message>
        <source>Pu&amp;blic: a post, a newsletter, a mail</source>
        <translation>Ö&amp;ffentlich: Beitrag, Newsletter, Mail</translation>
    </message>
    <message>
        <source>Readers can react to it; a few days after it is done you are asked what they did</source>
        <translation>Leser können darauf reagieren; ein paar Tage nach dem Erledigen fragt die App, was sie getan haben</translation>
    </message>
    <message>
        <source>R&amp;eactions…</source>
        <translation>&amp;Reaktionen…</translation>
    </message>
    <message>
        <source>Select a step to see and edit it here.</source>
        <translation>Wähl einen Schritt aus, um ihn hier zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Make &amp;current</source>
        <translation>A&amp;ktuell machen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>St&amp;arten</translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation>A&amp;ufteilen…</translation>
    </message>
    <message>
        <source>&amp;Hand off…</source>
        <translation>Ab&amp;geben…</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Dro&amp;p</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Bere&amp;ich:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <source>A&amp;nnoyance:</source>
        <translation>Ärger&amp;nis:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Add s&amp;teps…</source>
        <translation>Schritte hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Likes: {likes} · Comments: {comments} · Replies: {replies} · Enquiries: {enquiries}</source>
        <translation>Likes: {likes} · Kommentare: {comments} · Antworten: {replies} · Anfragen: {enquiries}</translation>
    </message>
    <message>
        <source>How readers reacted</source>
        <translation>Wie Leser reagiert haben</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>No timeboxes yet.</source>
        <translation>Noch keine Zeitfenster.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>Done when:</source>
        <translation>Fertig, wenn:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>Was es gebracht hat</translation>
    </message>
    <message>
        <source>What was stuck</source>
        <translation>Woran es hing</translation>
    </message>
    <message>
        <source>Timeboxes</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
</context>
<context>
    <name>StuckWizard</name>
    <message>
        <source>Skip: what&apos;s stuck?</source>
        <translation>Überspringen: Was hängt?</translation>
    </message>
</context>
<context>
    <name>TimesUpPrompt</name>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>Did you finish it, or did something get in the way?</source>
        <translation>Hast du es geschafft, oder ist etwas dazwischengekommen?</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>&amp;Stuck…</source>
        <translation>Es &amp;hängt…</translation>
    </message>
    <message>
        <source>Extra minutes are given once per step.</source>
        <translation>Extra-Minuten gibt es nur einmal pro Schritt.</translation>
    </message>
    <message>
        <source>Five minutes are over: {title}</source>
        <translation>Fünf Minuten sind um: {title}</translation>
    </message>
    <message>
        <source>&amp;{n} more minutes</source>
        <translation>&amp;Noch {n} Minuten</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>No current step</source>
        <translation>Kein aktueller Schritt</translation>
    </message>
    <message numerus="yes">
        <source>{title} — %n min left</source>
        <translation>
            <numerusform>{title} – noch %n Min.</numerusform>
            <numerusform>{title} – noch %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} — paused, %n min left</source>
        <translation>
            <numerusform>{title} – pausiert, noch %n Min.</numerusform>
            <numerusform>{title} – pausiert, noch %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} — time is up</source>
        <translation>{title} – die Zeit ist um</translation>
    </message>
    <message>
        <source>{title} — not started</source>
        <translation>{title} – nicht gestartet</translation>
    </message>
</context>
<context>
    <name>TrayArt</name>
    <message>
        <source>{hours}h</source>
        <translation>{hours}h</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <source>Welcome to Small Steps</source>
        <translation>Willkommen bei Small Steps</translation>
    </message>
    <message>
        <source>S&amp;kip for now</source>
        <translation>Erst mal &amp;überspringen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Loslegen</translation>
    </message>
    <message>
        <source>Close the welcome. You can add chores later on your board.</source>
        <translation>Schließt die Begrüßung. Aufgaben kannst du später in deiner Übersicht hinzufügen.</translation>
    </message>
</context>
</TS>
