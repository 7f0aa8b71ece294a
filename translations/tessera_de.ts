<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>tessera::Application</name>
    <message>
        <source>Show the user interface in &lt;language&gt; (for example &quot;de&quot; or &quot;pl&quot;) instead of the system language.</source>
        <translation>Die Benutzeroberfläche in &lt;Sprache&gt; anzeigen (zum Beispiel „de“ oder „pl“) statt in der Systemsprache.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Tessera: data products, data contracts and lineage.</source>
        <translation>Tessera: Datenprodukte, Datenverträge und Datenherkunft.</translation>
    </message>
    <message>
        <source>contract-or-link</source>
        <translation>vertrag-oder-link</translation>
    </message>
    <message>
        <source>An ODCS contract file to check and show in the Problems panel, or a tessera:// link to open (tessera://product/ID, tessera://contract/ID, tessera://dataset/ID).</source>
        <translation>Eine ODCS-Vertragsdatei, die geprüft und im Bereich „Probleme“ angezeigt wird, oder ein tessera://-Link, der geöffnet wird (tessera://product/ID, tessera://contract/ID, tessera://dataset/ID).</translation>
    </message>
</context>
<context>
    <name>tessera::ArrayTable</name>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leerer Eintrag</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>tessera::BackstageAdapter</name>
    <message>
        <source>Reading the catalog</source>
        <translation>Lesen des Katalogs</translation>
    </message>
    <message>
        <source>%1 does not answer like a Backstage catalog.</source>
        <translation>%1 antwortet nicht wie ein Backstage-Katalog.</translation>
    </message>
    <message>
        <source>Backstage catalog reached.</source>
        <translation>Backstage-Katalog erreicht.</translation>
    </message>
    <message>
        <source>Fetching changed entities</source>
        <translation>Geänderte Entitäten werden abgerufen</translation>
    </message>
    <message>
        <source>Listing entities</source>
        <translation>Entitäten werden aufgelistet</translation>
    </message>
    <message>
        <source>The catalog kept sending pages (%1); the listing was stopped.</source>
        <translation>Der Katalog hat immer weiter Seiten gesendet (%1); die Auflistung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Listing page %1</source>
        <translation>Auflistung, Seite %1</translation>
    </message>
    <message>
        <source>Listing page %1: the answer has no list of entities.</source>
        <translation>Auflistung, Seite %1: Die Antwort enthält keine Liste von Entitäten.</translation>
    </message>
    <message>
        <source>An entity without kind or name was left out.</source>
        <translation>Eine Entität ohne Art oder Namen wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The catalog sent the same page cursor twice; the listing was stopped.</source>
        <translation>Der Katalog hat denselben Seiten-Cursor zweimal gesendet; die Auflistung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Fetching entities: %1</source>
        <translation>Abrufen der Entitäten: %1</translation>
    </message>
    <message>
        <source>Fetching entities: the answer has no list of entities.</source>
        <translation>Abrufen der Entitäten: Die Antwort enthält keine Liste von Entitäten.</translation>
    </message>
    <message>
        <source>%1 came twice; the first was kept.</source>
        <translation>%1 kam doppelt; das erste Vorkommen wurde behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Backstage catalog with %n entity(s).</source>
        <translation>
            <numerusform>Backstage-Katalog mit %n Entität.</numerusform>
            <numerusform>Backstage-Katalog mit %n Entitäten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::BreakingRules</name>
    <message>
        <source>Schema object</source>
        <translation>Schemaobjekt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was removed</source>
        <translation>%1 „%2“ wurde entfernt</translation>
    </message>
    <message>
        <source>Required property &quot;%1&quot; was added; existing data lacks it</source>
        <translation>Pflichteigenschaft „%1“ wurde hinzugefügt; vorhandenen Daten fehlt sie</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; was added</source>
        <translation>%1 „%2“ wurde hinzugefügt</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; changed</source>
        <translation>%1 „%2“ wurde geändert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; became %2</source>
        <translation>„%1“ ist jetzt %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer %2</source>
        <translation>„%1“ ist nicht mehr %2</translation>
    </message>
    <message>
        <source>%1 unchanged in effect</source>
        <translation>%1 in der Wirkung unverändert</translation>
    </message>
    <message>
        <source>Type of &quot;%1&quot; changed from %2 to %3</source>
        <translation>Typ von „%1“ von %2 zu %3 geändert</translation>
    </message>
    <message>
        <source>Type of &quot;%1&quot; is now stated</source>
        <translation>Typ von „%1“ ist jetzt angegeben</translation>
    </message>
    <message>
        <source>Primary key of &quot;%1&quot; changed</source>
        <translation>Primärschlüssel von „%1“ geändert</translation>
    </message>
    <message>
        <source>Classification of &quot;%1&quot; changed from %2 to %3</source>
        <translation>Klassifizierung von „%1“ von %2 zu %3 geändert</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; changed: %2</source>
        <translation>Server „%1“ geändert: %2</translation>
    </message>
    <message>
        <source>Documentation changed: %1</source>
        <translation>Dokumentation geändert: %1</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>%1 wurde entfernt</translation>
    </message>
    <message>
        <source>%1 was added</source>
        <translation>%1 wurde hinzugefügt</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 wurde geändert</translation>
    </message>
    <message>
        <source>%1 tightened from %2 to %3</source>
        <translation>%1 von %2 auf %3 verschärft</translation>
    </message>
    <message>
        <source>%1 loosened from %2 to %3</source>
        <translation>%1 von %2 auf %3 gelockert</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 von %2 zu %3 geändert</translation>
    </message>
    <message>
        <source>%1 now restricts values to %2</source>
        <translation>%1 beschränkt die Werte jetzt auf %2</translation>
    </message>
    <message>
        <source>%1 no longer restricts values</source>
        <translation>%1 beschränkt die Werte nicht mehr</translation>
    </message>
    <message>
        <source>%1 lost the values %2</source>
        <translation>%1: Werte %2 entfallen</translation>
    </message>
    <message>
        <source>%1 gained the values %2</source>
        <translation>%1: Werte %2 hinzugekommen</translation>
    </message>
    <message>
        <source>Quality rule &quot;%1&quot; was added</source>
        <translation>Qualitätsregel „%1“ wurde hinzugefügt</translation>
    </message>
    <message>
        <source>Quality rule &quot;%1&quot; was removed</source>
        <translation>Qualitätsregel „%1“ wurde entfernt</translation>
    </message>
    <message>
        <source>Quality rule &quot;%1&quot; changed</source>
        <translation>Qualitätsregel „%1“ wurde geändert</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; was added</source>
        <translation>SLA „%1“ wurde hinzugefügt</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; was removed</source>
        <translation>SLA „%1“ wurde entfernt</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; is written differently, same value</source>
        <translation>SLA „%1“ ist anders geschrieben, der Wert ist gleich</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; tightened: %2 → %3</source>
        <translation>SLA „%1“ verschärft: %2 → %3</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; loosened: %2 → %3</source>
        <translation>SLA „%1“ gelockert: %2 → %3</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; changed: %2 → %3</source>
        <translation>SLA „%1“ geändert: %2 → %3</translation>
    </message>
    <message>
        <source>A schema object was removed</source>
        <translation>Ein Schemaobjekt wurde entfernt</translation>
    </message>
    <message>
        <source>A property was removed</source>
        <translation>Eine Eigenschaft wurde entfernt</translation>
    </message>
    <message>
        <source>A server was removed</source>
        <translation>Ein Server wurde entfernt</translation>
    </message>
    <message>
        <source>A required property was added</source>
        <translation>Eine Pflichteigenschaft wurde hinzugefügt</translation>
    </message>
    <message>
        <source>A property became required</source>
        <translation>Eine Eigenschaft wurde zur Pflicht</translation>
    </message>
    <message>
        <source>A property became unique</source>
        <translation>Eine Eigenschaft wurde eindeutig</translation>
    </message>
    <message>
        <source>A logical or physical type changed</source>
        <translation>Ein logischer oder physischer Typ wurde geändert</translation>
    </message>
    <message>
        <source>A numeric or length bound was added or tightened</source>
        <translation>Eine Zahlen- oder Längengrenze wurde hinzugefügt oder verschärft</translation>
    </message>
    <message>
        <source>An allowed value (enum, validValues) was removed</source>
        <translation>Ein erlaubter Wert (enum, validValues) wurde entfernt</translation>
    </message>
    <message>
        <source>A list of allowed values was introduced</source>
        <translation>Eine Liste erlaubter Werte wurde eingeführt</translation>
    </message>
    <message>
        <source>A quality threshold was tightened</source>
        <translation>Ein Qualitätsschwellenwert wurde verschärft</translation>
    </message>
    <message>
        <source>An SLA was tightened</source>
        <translation>Ein SLA wurde verschärft</translation>
    </message>
    <message>
        <source>A quality rule was added</source>
        <translation>Eine Qualitätsregel wurde hinzugefügt</translation>
    </message>
    <message>
        <source>A quality rule was removed</source>
        <translation>Eine Qualitätsregel wurde entfernt</translation>
    </message>
    <message>
        <source>A quality rule changed otherwise</source>
        <translation>Eine Qualitätsregel wurde anderweitig geändert</translation>
    </message>
    <message>
        <source>An SLA was added</source>
        <translation>Ein SLA wurde hinzugefügt</translation>
    </message>
    <message>
        <source>An SLA was removed</source>
        <translation>Ein SLA wurde entfernt</translation>
    </message>
    <message>
        <source>An SLA changed in a way that cannot be compared</source>
        <translation>Ein SLA wurde auf nicht vergleichbare Weise geändert</translation>
    </message>
    <message>
        <source>An allowed value was added</source>
        <translation>Ein erlaubter Wert wurde hinzugefügt</translation>
    </message>
    <message>
        <source>A pattern or format changed</source>
        <translation>Ein Muster oder Format wurde geändert</translation>
    </message>
    <message>
        <source>Another logical type option changed</source>
        <translation>Eine andere Option des logischen Typs wurde geändert</translation>
    </message>
    <message>
        <source>The primary key changed</source>
        <translation>Der Primärschlüssel wurde geändert</translation>
    </message>
    <message>
        <source>A classification changed</source>
        <translation>Eine Klassifizierung wurde geändert</translation>
    </message>
    <message>
        <source>A server&apos;s connection details changed</source>
        <translation>Die Verbindungsdaten eines Servers wurden geändert</translation>
    </message>
    <message>
        <source>Something else was removed</source>
        <translation>Etwas anderes wurde entfernt</translation>
    </message>
    <message>
        <source>A schema object was added</source>
        <translation>Ein Schemaobjekt wurde hinzugefügt</translation>
    </message>
    <message>
        <source>An optional property was added</source>
        <translation>Eine optionale Eigenschaft wurde hinzugefügt</translation>
    </message>
    <message>
        <source>A server was added</source>
        <translation>Ein Server wurde hinzugefügt</translation>
    </message>
    <message>
        <source>A property is no longer required</source>
        <translation>Eine Eigenschaft ist nicht mehr Pflicht</translation>
    </message>
    <message>
        <source>A property is no longer unique</source>
        <translation>Eine Eigenschaft ist nicht mehr eindeutig</translation>
    </message>
    <message>
        <source>A bound was loosened or removed</source>
        <translation>Eine Grenze wurde gelockert oder entfernt</translation>
    </message>
    <message>
        <source>A list of allowed values was removed</source>
        <translation>Eine Liste erlaubter Werte wurde entfernt</translation>
    </message>
    <message>
        <source>A quality threshold was loosened</source>
        <translation>Ein Qualitätsschwellenwert wurde gelockert</translation>
    </message>
    <message>
        <source>An SLA was loosened</source>
        <translation>Ein SLA wurde gelockert</translation>
    </message>
    <message>
        <source>A type was stated where there was none</source>
        <translation>Ein Typ wurde angegeben, wo vorher keiner stand</translation>
    </message>
    <message>
        <source>Descriptions, tags and other documentation</source>
        <translation>Beschreibungen, Tags und andere Dokumentation</translation>
    </message>
    <message>
        <source>Something else was added</source>
        <translation>Etwas anderes wurde hinzugefügt</translation>
    </message>
    <message>
        <source>Something else changed</source>
        <translation>Etwas anderes wurde geändert</translation>
    </message>
</context>
<context>
    <name>tessera::CatalogAdapter</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This kind of source does not accept contracts.</source>
        <translation>Diese Art von Quelle nimmt keine Verträge an.</translation>
    </message>
    <message>
        <source>Backstage catalog</source>
        <translation>Backstage-Katalog</translation>
    </message>
    <message>
        <source>OpenMetadata</source>
        <translation>OpenMetadata</translation>
    </message>
    <message>
        <source>Marquez</source>
        <translation>Marquez</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>Lokaler Ordner</translation>
    </message>
    <message>
        <source>This kind of source does not take review decisions.</source>
        <translation>Diese Art von Quelle nimmt keine Prüfentscheidungen entgegen.</translation>
    </message>
</context>
<context>
    <name>tessera::CompareDialog</name>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n breaking change(s)</source>
        <translation>
            <numerusform>%n inkompatible Änderung</numerusform>
            <numerusform>%n inkompatible Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No breaking changes</source>
        <translation>Keine inkompatiblen Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in all</source>
        <translation>
            <numerusform>%n Änderung insgesamt</numerusform>
            <numerusform>%n Änderungen insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1 needed (%2 declared)</source>
        <translation>Version %1 nötig (%2 angegeben)</translation>
    </message>
    <message>
        <source>version %1 or later fits</source>
        <translation>Version %1 oder höher passt</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>Mit %1 vergleichen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>breaking</source>
        <translation>inkompatibel</translation>
    </message>
    <message>
        <source>review</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>harmless</source>
        <translation>harmlos</translation>
    </message>
    <message>
        <source>The two versions are the same.</source>
        <translation>Die beiden Versionen sind gleich.</translation>
    </message>
</context>
<context>
    <name>tessera::ConflictDialog</name>
    <message>
        <source>Conflict: %1 on %2</source>
        <translation>Konflikt: %1 in %2</translation>
    </message>
    <message>
        <source>Your published version of %1 was not sent: %2 has a newer version. Both are kept — your change waits in the outbox and their version is saved as a draft version. Lines that differ from Base are highlighted.</source>
        <translation>Die veröffentlichte Version von %1 wurde nicht gesendet: %2 hat eine neuere Version. Beide bleiben erhalten — die eigene Änderung wartet im Postausgang, deren Version wird als Entwurfsversion gespeichert. Zeilen, die von „Basis“ abweichen, sind hervorgehoben.</translation>
    </message>
    <message>
        <source>%1 did not send its version.</source>
        <translation>%1 hat keine Version gesendet.</translation>
    </message>
    <message>
        <source>Theirs → mine: %1</source>
        <translation>Deren → Meine: %1</translation>
    </message>
    <message>
        <source>The versions cannot be compared: one of them is not a contract.</source>
        <translation>Die Versionen können nicht verglichen werden: Eine davon ist kein Vertrag.</translation>
    </message>
    <message>
        <source>Base — the catalog&apos;s synced version</source>
        <translation>Basis — die synchronisierte Version des Katalogs</translation>
    </message>
    <message>
        <source>Mine — what you published</source>
        <translation>Meine — die veröffentlichte Version</translation>
    </message>
    <message>
        <source>Theirs — %1&apos;s version</source>
        <translation>Deren — Version von %1</translation>
    </message>
    <message>
        <source>The catalog has no synced version of this contract.</source>
        <translation>Der Katalog hat keine synchronisierte Version dieses Vertrags.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>from Theirs</source>
        <translation>gegenüber „Deren“</translation>
    </message>
    <message>
        <source>from Base</source>
        <translation>gegenüber „Basis“</translation>
    </message>
    <message>
        <source>nothing synced yet</source>
        <translation>noch nichts synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) changed since</source>
        <translation>
            <numerusform>%n Zeile seitdem geändert</numerusform>
            <numerusform>%n Zeilen seitdem geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ</source>
        <translation>
            <numerusform>%n abweichende Zeile</numerusform>
            <numerusform>%n abweichende Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>from Mine</source>
        <translation>gegenüber „Meine“</translation>
    </message>
    <message>
        <source>Open mine in the designer</source>
        <translation>Meine Version im Designer öffnen</translation>
    </message>
</context>
<context>
    <name>tessera::ConnectionForm</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>Vertrauenswürdiges &amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Trust this certificate for this connection only</source>
        <translation>Diesem Zertifikat nur für diese Verbindung vertrauen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>For example: Backstage (production)</source>
        <translation>Zum Beispiel: Backstage (Produktion)</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored token</source>
        <translation>Leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in the catalog or the settings. Leave it empty to keep the stored one.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie im Katalog oder in den Einstellungen. Leer lassen, um das gespeicherte Token zu behalten.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Only this one certificate is accepted for this connection, and only while its fingerprint matches. Check it with the catalog&apos;s administrator.</source>
        <translation>Für diese Verbindung wird nur dieses eine Zertifikat akzeptiert, und nur solange sein Fingerabdruck übereinstimmt. Den Fingerabdruck mit der Administration des Katalogs abgleichen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Trusted for this connection once you save. Test again to check it.</source>
        <translation>Wird nach dem Speichern für diese Verbindung als vertrauenswürdig übernommen. Zum Prüfen erneut testen.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>A folder of contracts, products and lineage</source>
        <translation>Ein Ordner mit Verträgen, Produkten und Datenherkunft</translation>
    </message>
    <message>
        <source>https://catalog.example.com</source>
        <translation>https://catalog.example.com</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Choose the folder of this connection.</source>
        <translation>Den Ordner dieser Verbindung wählen.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The URL must be an http or https address with a host, such as https://catalog.example.com.</source>
        <translation>Die URL muss eine http- oder https-Adresse mit Host sein, etwa https://catalog.example.com.</translation>
    </message>
    <message>
        <source>The URL must not hold a user name or password: put the token in the Token field.</source>
        <translation>Die URL darf keinen Benutzernamen und kein Passwort enthalten: Das Token gehört in das Feld „Token“.</translation>
    </message>
    <message>
        <source>The trusted certificate must be a SHA-256 fingerprint: 64 hexadecimal digits.</source>
        <translation>Das vertrauenswürdige Zertifikat muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Der Verbindung einen Namen geben.</translation>
    </message>
    <message>
        <source>There is already a connection called &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>%1 is there.</source>
        <translation>%1 ist vorhanden.</translation>
    </message>
    <message>
        <source>Connections cannot be tested here.</source>
        <translation>Verbindungen können hier nicht getestet werden.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation>Die Verbindung konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>tessera::ConnectionsDialog</name>
    <message>
        <source>Local folder</source>
        <translation>Lokaler Ordner</translation>
    </message>
    <message>
        <source>built into Tessera</source>
        <translation>in Tessera eingebaut</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>No connections yet — add a Backstage, OpenMetadata or Marquez endpoint, or a folder.</source>
        <translation>Noch keine Verbindungen — einen Backstage-, OpenMetadata- oder Marquez-Endpunkt oder einen Ordner hinzufügen.</translation>
    </message>
    <message>
        <source>Add a connection…</source>
        <translation>Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>Add a catalog endpoint or a local folder</source>
        <translation>Einen Katalog-Endpunkt oder einen lokalen Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Check that the endpoint answers and accepts the stored token</source>
        <translation>Prüfen, ob der Endpunkt antwortet und das gespeicherte Token akzeptiert</translation>
    </message>
    <message>
        <source>Tessera keeps a copy of each connection&apos;s catalog, so it stays browsable offline. Endpoints are synced every few minutes and with Sync now (F5).</source>
        <translation>Tessera hält eine Kopie des Katalogs jeder Verbindung vor, damit er auch offline einsehbar bleibt. Endpunkte werden alle paar Minuten und mit „Jetzt synchronisieren“ (F5) synchronisiert.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Edit the connection to trust this certificate.</source>
        <translation>Um diesem Zertifikat zu vertrauen, die Verbindung bearbeiten.</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>wird synchronisiert…</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>überwacht</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Offline — cached data stays browsable. %1</source>
        <translation>Offline — zwischengespeicherte Daten bleiben einsehbar. %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Syncing it now…</source>
        <translation>Wird jetzt synchronisiert…</translation>
    </message>
    <message>
        <source>Token kept until Tessera quits</source>
        <translation>Token bleibt nur bis zum Beenden von Tessera erhalten</translation>
    </message>
    <message>
        <source>The token of %1 is kept only until Tessera quits: %2</source>
        <translation>Das Token von %1 bleibt nur bis zum Beenden von Tessera erhalten: %2</translation>
    </message>
    <message>
        <source>Its %1, %2 and lineage leave the catalog.</source>
        <translation>Aus dem Katalog werden %1, %2 und die Datenherkunft dieser Verbindung entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n Vertrag</numerusform>
            <numerusform>%n Verträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) in its outbox will not be sent.</source>
        <translation>
            <numerusform>%n nicht gesendete Änderung im Postausgang wird nicht mehr gesendet.</numerusform>
            <numerusform>%n nicht gesendete Änderungen im Postausgang werden nicht mehr gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its token is removed from the keychain.</source>
        <translation>Das Token wird aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Your drafts and their saved versions stay. %1 itself is not changed.</source>
        <translation>Entwürfe und ihre gespeicherten Versionen bleiben erhalten. %1 selbst wird nicht verändert.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and everything it brought?</source>
        <translation>%1 und alles, was darüber kam, entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The connection could not be removed.</source>
        <translation>Die Verbindung konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Removed %1 and everything it brought.</source>
        <translation>%1 und alles, was darüber kam, wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 is there.</source>
        <translation>%1 ist vorhanden.</translation>
    </message>
    <message>
        <source>%1 is not there.</source>
        <translation>%1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Connections cannot be tested here.</source>
        <translation>Verbindungen können hier nicht getestet werden.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>tessera::ContractDocument</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>YAML bearbeiten</translation>
    </message>
</context>
<context>
    <name>tessera::ContractEditor</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig:</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Keep this state as a version in the catalog (Ctrl+S); every edit is saved anyway</source>
        <translation>Diesen Stand als Version im Katalog festhalten (Strg+S); jede Änderung wird ohnehin gespeichert</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write the contract to a YAML or JSON file</source>
        <translation>Den Vertrag in eine YAML- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Export contract</source>
        <translation>Vertrag exportieren</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;JSON (*.json)</source>
        <translation>YAML (*.yaml *.yml);;JSON (*.json)</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Show the YAML beside the form (Ctrl+Shift+Y)</source>
        <translation>Das YAML neben dem Formular zeigen (Strg+Umschalt+Y)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Fundamentals</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>finance, pii, gold</source>
        <translation>finance, pii, gold</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ID *</source>
        <translation>ID *</translation>
    </message>
    <message>
        <source>Identifies the contract for good; a UUID is made for new ones.</source>
        <translation>Identifiziert den Vertrag dauerhaft; für neue Verträge wird eine UUID erzeugt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What people call the contract.</source>
        <translation>Wie der Vertrag genannt wird.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Version *</source>
        <translation>Version *</translation>
    </message>
    <message>
        <source>Semantic version: raise the major number for a breaking change (2.0.0).</source>
        <translation>Semantische Version: Bei einer inkompatiblen Änderung die Hauptversionsnummer erhöhen (2.0.0).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status *</source>
        <translation>Status *</translation>
    </message>
    <message>
        <source>Where the contract is in its life: draft, active, deprecated…</source>
        <translation>Wo der Vertrag in seinem Lebenszyklus steht: draft, active, deprecated…</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>The business domain that owns the data.</source>
        <translation>Die fachliche Domäne, der die Daten gehören.</translation>
    </message>
    <message>
        <source>Data product</source>
        <translation>Datenprodukt</translation>
    </message>
    <message>
        <source>The data product whose output port this contract describes.</source>
        <translation>Das Datenprodukt, dessen Ausgabe-Port dieser Vertrag beschreibt.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Separated by commas.</source>
        <translation>Durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Standard version</source>
        <translation>Version des Standards</translation>
    </message>
    <message>
        <source>ODCS version *</source>
        <translation>ODCS-Version *</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>What the data is for. Markdown.</source>
        <translation>Wofür die Daten gedacht sind. Markdown.</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>What it must not be used for, and known gaps.</source>
        <translation>Wofür die Daten nicht verwendet werden dürfen, und bekannte Lücken.</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>How to use it well: joins, filters, caveats.</source>
        <translation>Wie man die Daten richtig nutzt: Joins, Filter, Fallstricke.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Schema objects</source>
        <translation>Schemaobjekte</translation>
    </message>
    <message>
        <source>Add object</source>
        <translation>Objekt hinzufügen</translation>
    </message>
    <message>
        <source>Add a table, view, topic or file</source>
        <translation>Eine Tabelle, eine View, ein Topic oder eine Datei hinzufügen</translation>
    </message>
    <message>
        <source>Remove object</source>
        <translation>Objekt entfernen</translation>
    </message>
    <message>
        <source>Remove the selected object and its properties</source>
        <translation>Das ausgewählte Objekt und seine Eigenschaften entfernen</translation>
    </message>
    <message>
        <source>Object name</source>
        <translation>Objektname</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Physical name</source>
        <translation>Physischer Name</translation>
    </message>
    <message>
        <source>Physical type</source>
        <translation>Physischer Typ</translation>
    </message>
    <message>
        <source>Object description</source>
        <translation>Objektbeschreibung</translation>
    </message>
    <message>
        <source>The column or field name</source>
        <translation>Der Name der Spalte oder des Felds</translation>
    </message>
    <message>
        <source>Logical type</source>
        <translation>Logischer Typ</translation>
    </message>
    <message>
        <source>The type in the standard&apos;s terms</source>
        <translation>Der Typ in den Begriffen des Standards</translation>
    </message>
    <message>
        <source>The type in the server, e.g. VARCHAR(64)</source>
        <translation>Der Typ im Server, z. B. VARCHAR(64)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Never null</source>
        <translation>Nie null</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>No two rows share the value</source>
        <translation>Keine zwei Zeilen haben denselben Wert</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Part of the primary key</source>
        <translation>Teil des Primärschlüssels</translation>
    </message>
    <message>
        <source>Key position</source>
        <translation>Schlüsselposition</translation>
    </message>
    <message>
        <source>Its place in a composite key, from 1</source>
        <translation>Position in einem zusammengesetzten Schlüssel, ab 1</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>How sensitive the data is</source>
        <translation>Wie schutzbedürftig die Daten sind</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>A critical data element</source>
        <translation>Ein kritisches Datenelement</translation>
    </message>
    <message>
        <source>No properties yet. Add the columns or fields of this object.</source>
        <translation>Noch keine Eigenschaften. Fügen Sie die Spalten oder Felder dieses Objekts hinzu.</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>The contract has no schema yet. Add an object (a table, view, topic or file) and describe its properties.</source>
        <translation>Der Vertrag hat noch kein Schema. Fügen Sie ein Objekt hinzu (eine Tabelle, eine View, ein Topic oder eine Datei) und beschreiben Sie seine Eigenschaften.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>What is promised</source>
        <translation>Was zugesagt wird</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The promised value</source>
        <translation>Der zugesagte Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>d (days), h, m, s, ms, y (years) or %</source>
        <translation>d (Tage), h, m, s, ms, y (Jahre) oder %</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>The column the property is measured on, as object.property</source>
        <translation>Die Spalte, an der die Eigenschaft gemessen wird, als Objekt.Eigenschaft</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why it is promised</source>
        <translation>Warum es zugesagt wird</translation>
    </message>
    <message>
        <source>Latency: 4 hours</source>
        <translation>Latenz: 4 Stunden</translation>
    </message>
    <message>
        <source>Frequency: daily</source>
        <translation>Frequenz: täglich</translation>
    </message>
    <message>
        <source>Availability: 99.9 %</source>
        <translation>Verfügbarkeit: 99,9 %</translation>
    </message>
    <message>
        <source>Retention: 3 years</source>
        <translation>Aufbewahrung: 3 Jahre</translation>
    </message>
    <message>
        <source>Throughput: 1,000 rows a second</source>
        <translation>Durchsatz: 1.000 Zeilen pro Sekunde</translation>
    </message>
    <message>
        <source>Error rate: 0.1 %</source>
        <translation>Fehlerrate: 0,1 %</translation>
    </message>
    <message>
        <source>Time to detect: 1 hour</source>
        <translation>Zeit bis zur Erkennung: 1 Stunde</translation>
    </message>
    <message>
        <source>Time to notify: 2 hours</source>
        <translation>Zeit bis zur Benachrichtigung: 2 Stunden</translation>
    </message>
    <message>
        <source>Time to repair: 1 day</source>
        <translation>Zeit bis zur Behebung: 1 Tag</translation>
    </message>
    <message>
        <source>General availability (date)</source>
        <translation>Allgemeine Verfügbarkeit (Datum)</translation>
    </message>
    <message>
        <source>End of support (date)</source>
        <translation>Supportende (Datum)</translation>
    </message>
    <message>
        <source>End of life (date)</source>
        <translation>Ende der Lebensdauer (Datum)</translation>
    </message>
    <message>
        <source>No SLA yet. Add a property (latency, availability, retention…) from a preset.</source>
        <translation>Noch kein SLA. Fügen Sie eine Eigenschaft (latency, availability, retention…) aus einer Vorlage hinzu.</translation>
    </message>
    <message>
        <source>What the contract promises about timeliness, availability and lifetime.</source>
        <translation>Was der Vertrag zu Aktualität, Verfügbarkeit und Lebensdauer zusagt.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Its name, e.g. #orders-data</source>
        <translation>Name des Kanals, z. B. #orders-data</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Where to reach it: https:// or mailto:</source>
        <translation>Wo er erreichbar ist: https:// oder mailto:</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>No support channel yet. Consumers need one place to ask and to hear about changes.</source>
        <translation>Noch kein Support-Kanal. Nutzer der Daten brauchen einen Ort, an dem sie Fragen stellen und von Änderungen erfahren.</translation>
    </message>
    <message>
        <source>Where consumers ask questions and hear about changes.</source>
        <translation>Wo Nutzer der Daten Fragen stellen und von Änderungen erfahren.</translation>
    </message>
    <message>
        <source>An identifier for the server</source>
        <translation>Eine Kennung für den Server</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>No server yet. Say where consumers find the data.</source>
        <translation>Noch kein Server. Geben Sie an, wo Nutzer die Daten finden.</translation>
    </message>
    <message>
        <source>Where the data lives and how to reach it.</source>
        <translation>Wo die Daten liegen und wie man sie erreicht.</translation>
    </message>
    <message>
        <source>*Nothing described yet. What you write on the left appears here.*</source>
        <translation>*Noch nichts beschrieben. Was Sie links schreiben, erscheint hier.*</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Line %1: %2 The form keeps the last YAML that could be read.</source>
        <translation>Zeile %1: %2 Das Formular behält das zuletzt lesbare YAML.</translation>
    </message>
    <message>
        <source>A contract is a YAML mapping (keys and values). The form keeps the last YAML that could be read.</source>
        <translation>Ein Vertrag ist ein YAML-Mapping (Schlüssel und Werte). Das Formular behält das zuletzt lesbare YAML.</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>YAML bearbeiten</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>vertrag</translation>
    </message>
    <message>
        <source>No problems: the contract is valid ODCS.</source>
        <translation>Keine Probleme: Der Vertrag ist gültiges ODCS.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in this section</source>
        <translation>
            <numerusform>%n Problem in diesem Abschnitt</numerusform>
            <numerusform>%n Probleme in diesem Abschnitt</numerusform>
        </translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Neuer Vertrag</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>wird gespeichert…</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translation>gespeichert %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>What changed against the catalog&apos;s version, a version kept or a file, and whether it breaks consumers</source>
        <translation>Was sich gegenüber der Version im Katalog, einer aufbewahrten Version oder einer Datei geändert hat, und ob es Konsumenten bricht</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <source>Write the contract to its source, after a check for breaking changes</source>
        <translation>Den Vertrag in seine Quelle schreiben, nach einer Prüfung auf inkompatible Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>With the catalog&apos;s version</source>
        <translation>Mit der Version im Katalog</translation>
    </message>
    <message>
        <source>The catalog has no version of %1 yet.</source>
        <translation>Der Katalog hat noch keine Version von %1.</translation>
    </message>
    <message>
        <source>the catalog&apos;s %1</source>
        <translation>Katalogversion %1</translation>
    </message>
    <message>
        <source>With a version kept</source>
        <translation>Mit einer aufbewahrten Version</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>With a file…</source>
        <translation>Mit einer Datei…</translation>
    </message>
    <message>
        <source>Compare with a file</source>
        <translation>Mit einer Datei vergleichen</translation>
    </message>
    <message>
        <source>Data contracts (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Datenverträge (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Publish to a file</source>
        <translation>In eine Datei veröffentlichen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Nothing to publish: the catalog has this contract as it is.</source>
        <translation>Nichts zu veröffentlichen: Der Katalog hat diesen Vertrag genau so.</translation>
    </message>
    <message>
        <source>Publish a breaking change?</source>
        <translation>Inkompatible Änderung veröffentlichen?</translation>
    </message>
    <message>
        <source>This change breaks consumers: %1. Version %2 declares no breaking change; %3 would.</source>
        <translation>Diese Änderung bricht Konsumenten: %1. Version %2 kündigt keine inkompatible Änderung an; %3 täte es.</translation>
    </message>
    <message numerus="yes">
        <source>%n breaking change(s)</source>
        <translation>
            <numerusform>%n inkompatible Änderung</numerusform>
            <numerusform>%n inkompatible Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish as %1</source>
        <translation>Als %1 veröffentlichen</translation>
    </message>
    <message>
        <source>Publish as %1 anyway</source>
        <translation>Trotzdem als %1 veröffentlichen</translation>
    </message>
    <message>
        <source>Raise the version</source>
        <translation>Version erhöhen</translation>
    </message>
    <message>
        <source>Team and roles</source>
        <translation>Team und Rollen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Weiteres</translation>
    </message>
    <message>
        <source>No rules for the object yet. Add one: a row count, a SQL check…</source>
        <translation>Noch keine Regeln für das Objekt. Fügen Sie eine hinzu: eine Zeilenanzahl, eine SQL-Prüfung…</translation>
    </message>
    <message>
        <source>No rules for this property yet. Add one: no nulls, no duplicates…</source>
        <translation>Noch keine Regeln für diese Eigenschaft. Fügen Sie eine hinzu: keine Nullwerte, keine Duplikate…</translation>
    </message>
    <message>
        <source>Object quality</source>
        <translation>Qualität des Objekts</translation>
    </message>
    <message>
        <source>Property quality</source>
        <translation>Qualität der Eigenschaft</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamname</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team description</source>
        <translation>Teambeschreibung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The member&apos;s user name or email</source>
        <translation>Benutzername oder E-Mail-Adresse des Mitglieds</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, when the member left</source>
        <translation>YYYY-MM-DD, wann das Mitglied ausgeschieden ist</translation>
    </message>
    <message>
        <source>No members yet. Who owns this contract, and who answers for it?</source>
        <translation>Noch keine Mitglieder. Wem gehört dieser Vertrag, und wer ist für ihn verantwortlich?</translation>
    </message>
    <message>
        <source>An IAM role or group that gets access</source>
        <translation>Eine IAM-Rolle oder -Gruppe, die Zugriff erhält</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>First approvers</source>
        <translation>Genehmigende (1. Stufe)</translation>
    </message>
    <message>
        <source>Who approves a request first</source>
        <translation>Wer eine Anfrage zuerst genehmigt</translation>
    </message>
    <message>
        <source>Second approvers</source>
        <translation>Genehmigende (2. Stufe)</translation>
    </message>
    <message>
        <source>No roles yet. Say who may read or write the data, and who approves access.</source>
        <translation>Noch keine Rollen. Geben Sie an, wer die Daten lesen oder schreiben darf und wer den Zugriff genehmigt.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Roles and approvers</source>
        <translation>Rollen und Genehmigende</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>What consumers pay, per unit below.</source>
        <translation>Was Nutzer der Daten pro unten gewählter Einheit zahlen.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Price unit</source>
        <translation>Preiseinheit</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>A name your organisation agreed on</source>
        <translation>Ein in Ihrer Organisation vereinbarter Name</translation>
    </message>
    <message>
        <source>Text, a number, true or false, or a JSON list</source>
        <translation>Text, eine Zahl, true oder false oder eine JSON-Liste</translation>
    </message>
    <message>
        <source>No custom properties. Add what your organisation records beyond the standard.</source>
        <translation>Keine eigenen Eigenschaften. Fügen Sie hinzu, was Ihre Organisation über den Standard hinaus erfasst.</translation>
    </message>
    <message>
        <source>Where the definition lives</source>
        <translation>Wo die Definition zu finden ist</translation>
    </message>
    <message>
        <source>No authoritative definitions. Link the business glossary or the code that defines the data.</source>
        <translation>Keine maßgeblichen Definitionen. Verlinken Sie das Fachglossar oder den Code, der die Daten definiert.</translation>
    </message>
    <message>
        <source>Custom properties</source>
        <translation>Eigene Eigenschaften</translation>
    </message>
    <message>
        <source>Authoritative definitions</source>
        <translation>Maßgebliche Definitionen</translation>
    </message>
    <message>
        <source>Rules of %1</source>
        <translation>Regeln für %1</translation>
    </message>
    <message>
        <source>Select a property on the Properties tab to see its rules.</source>
        <translation>Wählen Sie auf der Registerkarte „Eigenschaften“ eine Eigenschaft aus, um ihre Regeln zu sehen.</translation>
    </message>
    <message>
        <source>A short identifier for the rule</source>
        <translation>Eine kurze Kennung für die Regel</translation>
    </message>
    <message>
        <source>library: a metric of the standard; sql: a query; text: for people; custom: another engine</source>
        <translation>library: eine Metrik des Standards; sql: eine Abfrage; text: für Menschen; custom: eine andere Engine</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>What a library rule measures</source>
        <translation>Was eine library-Regel misst</translation>
    </message>
    <message>
        <source>Must be</source>
        <translation>Muss sein</translation>
    </message>
    <message>
        <source>The one comparison of the rule: mustBe, mustBeGreaterThan, mustBeBetween, …</source>
        <translation>Der einzige Vergleich der Regel: mustBe, mustBeGreaterThan, mustBeBetween, …</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>The value compared with; [low, high] for mustBeBetween</source>
        <translation>Der Vergleichswert; [low, high] bei mustBeBetween</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>When it runs, as a cron expression</source>
        <translation>Wann die Regel ausgeführt wird, als Cron-Ausdruck</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>sql rules: the query whose result is compared</source>
        <translation>sql-Regeln: die Abfrage, deren Ergebnis verglichen wird</translation>
    </message>
    <message>
        <source>No nulls</source>
        <translation>Keine Nullwerte</translation>
    </message>
    <message>
        <source>No duplicates</source>
        <translation>Keine Duplikate</translation>
    </message>
    <message>
        <source>At least one row</source>
        <translation>Mindestens eine Zeile</translation>
    </message>
    <message>
        <source>SQL check</source>
        <translation>SQL-Prüfung</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Fachlicher Name</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <source>The property this one points at (a foreign key), as object.property</source>
        <translation>Die Eigenschaft, auf die diese verweist (ein Fremdschlüssel), als objekt.eigenschaft</translation>
    </message>
    <message>
        <source>Transform logic</source>
        <translation>Transformationslogik</translation>
    </message>
    <message>
        <source>How the value is derived, e.g. SQL</source>
        <translation>Wie der Wert entsteht, z. B. SQL</translation>
    </message>
    <message>
        <source>Source objects</source>
        <translation>Quellobjekte</translation>
    </message>
    <message>
        <source>Partitioned by this property</source>
        <translation>Nach dieser Eigenschaft partitioniert</translation>
    </message>
    <message>
        <source>Partition key position</source>
        <translation>Position im Partitionsschlüssel</translation>
    </message>
    <message>
        <source>Partition position</source>
        <translation>Partitionsposition</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>Mindestlänge</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Höchstlänge</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message numerus="yes">
        <source>Open its %n nested properties</source>
        <translation>
            <numerusform>Ihre %n verschachtelte Eigenschaft öffnen</numerusform>
            <numerusform>Ihre %n verschachtelten Eigenschaften öffnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add nested properties</source>
        <translation>Verschachtelte Eigenschaften hinzufügen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Back to the properties around these</source>
        <translation>Zurück zu den umgebenden Eigenschaften</translation>
    </message>
    <message>
        <source>Move object</source>
        <translation>Objekt verschieben</translation>
    </message>
    <message>
        <source>%1 is a positive number (its unit says of what).</source>
        <translation>%1 ist eine positive Zahl (ihre Einheit sagt, wovon).</translation>
    </message>
    <message>
        <source>%1 is a percentage, from 0 to 100.</source>
        <translation>%1 ist ein Prozentwert von 0 bis 100.</translation>
    </message>
    <message>
        <source>%1 is a date, as YYYY-MM-DD.</source>
        <translation>%1 ist ein Datum, als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is a date: it has no unit.</source>
        <translation>%1 ist ein Datum: Es hat keine Einheit.</translation>
    </message>
    <message>
        <source>%1 takes one of these units: %2.</source>
        <translation>%1 nimmt eine dieser Einheiten: %2.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Dienstname</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>Select a server to see how to reach it.</source>
        <translation>Einen Server auswählen, um zu sehen, wie er erreichbar ist.</translation>
    </message>
    <message>
        <source>Every connection field: the standard defines none for this type.</source>
        <translation>Alle Verbindungsfelder: Der Standard legt für diesen Typ keine fest.</translation>
    </message>
    <message>
        <source>The connection fields the standard defines for %1.</source>
        <translation>Die Verbindungsfelder, die der Standard für %1 festlegt.</translation>
    </message>
    <message>
        <source>queued for %1; sent with the next sync</source>
        <translation>für %1 vorgemerkt; wird mit der nächsten Synchronisierung gesendet</translation>
    </message>
    <message>
        <source>published to %1</source>
        <translation>nach %1 veröffentlicht</translation>
    </message>
    <message>
        <source>Custom properties of the object</source>
        <translation>Eigene Eigenschaften des Objekts</translation>
    </message>
    <message>
        <source>Authoritative definitions of the object</source>
        <translation>Maßgebliche Definitionen des Objekts</translation>
    </message>
    <message>
        <source>Custom properties of the property</source>
        <translation>Eigene Eigenschaften der Eigenschaft</translation>
    </message>
    <message>
        <source>Authoritative definitions of the property</source>
        <translation>Maßgebliche Definitionen der Eigenschaft</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <source>Property details</source>
        <translation>Details der Eigenschaft</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>Details des Servers</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Submit for &amp;review…</source>
        <translation>Zur &amp;Prüfung einreichen…</translation>
    </message>
    <message>
        <source>Publish with the status &quot;proposed&quot;: the version waits in the review queue for governance</source>
        <translation>Mit dem Status „proposed“ veröffentlichen: die Version wartet in der Prüfwarteschlange auf die Governance</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
</context>
<context>
    <name>tessera::Credentials</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token is stored for %1.</source>
        <translation>Für %1 ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation>Der Schlüsselbund kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no keychain to keep the token in (%1). Tessera keeps it in memory until it quits and asks for it again on the next start.</source>
        <translation>Es gibt keinen Schlüsselbund, in dem das Token gespeichert werden kann (%1). Tessera behält es bis zum Beenden im Speicher und fragt beim nächsten Start erneut danach.</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
</context>
<context>
    <name>tessera::DashboardPage</name>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Time of availability</source>
        <translation>Verfügbarkeitszeitpunkt</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>target ≥ %1</source>
        <translation>Ziel ≥ %1</translation>
    </message>
    <message>
        <source>target ≤ %1</source>
        <translation>Ziel ≤ %1</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Dashboard: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>Den letzten %n Tag anzeigen</numerusform>
            <numerusform>Die letzten %n Tage anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the whole dashboard as an image</source>
        <translation>Gesamtes Dashboard als Bild speichern</translation>
    </message>
    <message>
        <source>Export page as PNG or SVG…</source>
        <translation>Seite als PNG oder SVG exportieren…</translation>
    </message>
    <message>
        <source>dashboard-%1</source>
        <translation>dashboard-%1</translation>
    </message>
    <message>
        <source>Open product</source>
        <translation>Produkt öffnen</translation>
    </message>
    <message>
        <source>Open the product&apos;s page</source>
        <translation>Seite des Produkts öffnen</translation>
    </message>
    <message>
        <source>Reading the measurements…</source>
        <translation>Messungen werden gelesen…</translation>
    </message>
    <message>
        <source>The store has no product %1.</source>
        <translation>Die Datenbank enthält kein Produkt %1.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message numerus="yes">
        <source>mean over %n days · target ≥ %1</source>
        <translation>
            <numerusform>Mittelwert über %n Tag · Ziel ≥ %1</numerusform>
            <numerusform>Mittelwert über %n Tage · Ziel ≥ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean over %n days</source>
        <translation>
            <numerusform>Mittelwert über %n Tag</numerusform>
            <numerusform>Mittelwert über %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-Verstöße</translation>
    </message>
    <message numerus="yes">
        <source>of %n measurements</source>
        <translation>
            <numerusform>von %n Messung</numerusform>
            <numerusform>von %n Messungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Quality pass rate</source>
        <translation>Erfolgsquote der Qualität</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>keine Ergebnisse</translation>
    </message>
    <message>
        <source>%1 of %2 rule runs passed</source>
        <translation>%1 von %2 Regelläufen bestanden</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n breaches</source>
        <translation>
            <numerusform>%1 · %n Verstoß</numerusform>
            <numerusform>%1 · %n Verstöße</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 distribution</source>
        <translation>Verteilung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n measurements</source>
        <translation>
            <numerusform>%1 · %n Messung</numerusform>
            <numerusform>%1 · %n Messungen</numerusform>
        </translation>
    </message>
    <message>
        <source>share of quality rule runs that passed, per day; target 100 %</source>
        <translation>Anteil der bestandenen Qualitätsregelläufe pro Tag; Ziel 100 %</translation>
    </message>
    <message>
        <source>No SLA measurements or quality results have been recorded for the contracts of this product&apos;s output ports in this range.</source>
        <translation>Für die Verträge der Ausgabe-Ports dieses Produkts wurden in diesem Zeitraum keine SLA-Messungen oder Qualitätsergebnisse erfasst.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save this chart as PNG or SVG</source>
        <translation>Dieses Diagramm als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Verstoß</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>from … %1</source>
        <translation>von … %1</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>Messungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n measurements</source>
        <translation>
            <numerusform>%1 bis %2: %n Messung</numerusform>
            <numerusform>%1 bis %2: %n Messungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Days with failed rules</source>
        <translation>Tage mit fehlgeschlagenen Regeln</translation>
    </message>
    <message>
        <source>%1
%2 of %3 rule runs passed (%4)</source>
        <translation>%1
%2 von %3 Regelläufen bestanden (%4)</translation>
    </message>
    <message>
        <source>Exported from Tessera</source>
        <translation>Aus Tessera exportiert</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Contract dashboard: %1</source>
        <translation>Vertrags-Dashboard: %1</translation>
    </message>
    <message>
        <source>Open the page of the product that publishes the contract</source>
        <translation>Die Seite des Produkts öffnen, das den Vertrag veröffentlicht</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>The store has no contract %1.</source>
        <translation>Die Datenbank enthält keinen Vertrag %1.</translation>
    </message>
    <message>
        <source>no measurements recorded</source>
        <translation>keine Messungen erfasst</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no product publishes it</source>
        <translation>kein Produkt veröffentlicht ihn</translation>
    </message>
    <message>
        <source>published by %1</source>
        <translation>veröffentlicht von %1</translation>
    </message>
    <message>
        <source>%1 · contract %2, %3 · %4</source>
        <translation>%1 · Vertrag %2, %3 · %4</translation>
    </message>
    <message>
        <source>Open the dashboard of %1</source>
        <translation>Dashboard von %1 öffnen</translation>
    </message>
    <message>
        <source>%1 · no output port has a contract</source>
        <translation>%1 · kein Ausgabe-Port hat einen Vertrag</translation>
    </message>
    <message>
        <source>%1 · SLA and quality of %2 · %3</source>
        <translation>%1 · SLA und Qualität von %2 · %3</translation>
    </message>
    <message>
        <source>Open a contract&apos;s own dashboard</source>
        <translation>Das eigene Dashboard eines Vertrags öffnen</translation>
    </message>
    <message>
        <source>No SLA measurements or quality results have been recorded for this contract in this range.</source>
        <translation>Für diesen Vertrag wurden in diesem Zeitraum keine SLA-Messungen oder Qualitätsergebnisse erfasst.</translation>
    </message>
    <message>
        <source>Open the dashboard of contract %1</source>
        <translation>Dashboard des Vertrags %1 öffnen</translation>
    </message>
    <message>
        <source>Meets the target</source>
        <translation>Erreicht das Ziel</translation>
    </message>
</context>
<context>
    <name>tessera::DatasetPage</name>
    <message>
        <source>Dataset %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>Page of %1</source>
        <translation>Seite von %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>The dataset &quot;%1&quot; is not in the catalog.</source>
        <translation>Der Datensatz „%1“ ist nicht im Katalog.</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>Domäne %1</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>contract %1, version %2</source>
        <translation>Vertrag %1, Version %2</translation>
    </message>
    <message>
        <source>Columns (%1)</source>
        <translation>Spalten (%1)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Logical type</source>
        <translation>Logischer Typ</translation>
    </message>
    <message>
        <source>Physical type</source>
        <translation>Physischer Typ</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Upstream (%1)</source>
        <translation>Vorgelagert (%1)</translation>
    </message>
    <message>
        <source>Downstream (%1)</source>
        <translation>Nachgelagert (%1)</translation>
    </message>
    <message>
        <source>No recorded lineage feeds this dataset.</source>
        <translation>Keine erfasste Datenherkunft speist diesen Datensatz.</translation>
    </message>
    <message>
        <source>No recorded lineage reads this dataset.</source>
        <translation>Keine erfasste Datenherkunft liest diesen Datensatz.</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Show lineage</source>
        <translation>Datenherkunft zeigen</translation>
    </message>
    <message>
        <source>Where this dataset&apos;s data comes from and where it goes, down to columns</source>
        <translation>Woher die Daten dieses Datensatzes kommen und wohin sie gehen, bis hinunter zu den Spalten</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Auch bekannt als</translation>
    </message>
    <message>
        <source>Linked by %1</source>
        <translation>Verknüpft durch %1</translation>
    </message>
    <message>
        <source>No columns are known for this dataset.</source>
        <translation>Für diesen Datensatz sind keine Spalten bekannt.</translation>
    </message>
</context>
<context>
    <name>tessera::DcsImport</name>
    <message>
        <source>&quot;%1&quot; has no ODCS field; kept in customProperties</source>
        <translation>„%1“ hat kein ODCS-Feld; in customProperties beibehalten</translation>
    </message>
</context>
<context>
    <name>tessera::DocumentArea</name>
    <message>
        <source>Open pages</source>
        <translation>Geöffnete Seiten</translation>
    </message>
    <message>
        <source>Open a product from the list, or press Ctrl+K to go to any product, dataset, contract or column.</source>
        <translation>Öffnen Sie ein Produkt aus der Liste, oder drücken Sie Strg+K, um zu einem beliebigen Produkt, Datensatz, Vertrag oder einer Spalte zu springen.</translation>
    </message>
    <message>
        <source>Lineage: %1</source>
        <translation>Datenherkunft: %1</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Dashboard: %1</translation>
    </message>
    <message>
        <source>Mesh overview</source>
        <translation>Mesh-Übersicht</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domäne: %1</translation>
    </message>
    <message>
        <source>Contract dashboard: %1</source>
        <translation>Vertrags-Dashboard: %1</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
</context>
<context>
    <name>tessera::DomainChip</name>
    <message>
        <source>Domain %1</source>
        <translation>Domäne %1</translation>
    </message>
    <message>
        <source>Show the products of the domain %1</source>
        <translation>Die Produkte der Domäne %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>tessera::DomainTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Domain %1, %n product(s)</source>
        <translation>
            <numerusform>Domäne %1, %n Produkt</numerusform>
            <numerusform>Domäne %1, %n Produkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::FacetModel</name>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>tessera::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>tessera::GovernanceReport</name>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation>(keine Domäne)</translation>
    </message>
    <message>
        <source>Governance report: the mesh</source>
        <translation>Governance-Bericht: das Mesh</translation>
    </message>
    <message>
        <source>Governance report: domain %1</source>
        <translation>Governance-Bericht: Domäne %1</translation>
    </message>
    <message numerus="yes">
        <source>Generated %1 · SLA compliance over the last %n days, up to %2</source>
        <translation>
            <numerusform>Erstellt am %1 · SLA-Einhaltung über den letzten %n Tag, bis %2</numerusform>
            <numerusform>Erstellt am %1 · SLA-Einhaltung über die letzten %n Tage, bis %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no measurements</source>
        <translation>keine Messungen</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Deprecated or retired</source>
        <translation>Veraltet oder außer Betrieb</translation>
    </message>
    <message>
        <source>With contracts</source>
        <translation>Mit Verträgen</translation>
    </message>
    <message>
        <source>With SLAs</source>
        <translation>Mit SLAs</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%1 von %2 Produkten</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle Domänen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>No products.</source>
        <translation>Keine Produkte.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-Verstöße</translation>
    </message>
    <message>
        <source>Quality pass rate</source>
        <translation>Erfolgsquote der Qualität</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>keine Ergebnisse</translation>
    </message>
    <message>
        <source>Policy findings</source>
        <translation>Richtlinienbefunde</translation>
    </message>
    <message>
        <source>No open policy findings.</source>
        <translation>Keine offenen Richtlinienbefunde.</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Domäne %1</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML-Seite (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export governance report</source>
        <translation>Governance-Bericht exportieren</translation>
    </message>
    <message>
        <source>Writing the governance report…</source>
        <translation>Governance-Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>The catalog cannot be read, so there is no report to write.</source>
        <translation>Der Katalog kann nicht gelesen werden; es gibt keinen Bericht zu schreiben.</translation>
    </message>
    <message>
        <source>Governance report written to %1</source>
        <translation>Governance-Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Could not write the governance report</source>
        <translation>Der Governance-Bericht konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Could not write the governance report to %1:
%2</source>
        <translation>Der Governance-Bericht konnte nicht nach %1 geschrieben werden:
%2</translation>
    </message>
</context>
<context>
    <name>tessera::GovernanceService</name>
    <message>
        <source>The policy file %1 has errors: line %2: %3</source>
        <translation>Die Richtliniendatei %1 enthält Fehler: Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>tessera::HttpClient</name>
    <message numerus="yes">
        <source>%1 asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>%1 bittet, vor einem neuen Versuch %n Sekunde zu warten.</numerusform>
            <numerusform>%1 bittet, vor einem neuen Versuch %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2. Its SHA-256 fingerprint is %3.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2. Sein SHA-256-Fingerabdruck lautet %3.</translation>
    </message>
    <message>
        <source>%1 sent more than %2; the response was refused.</source>
        <translation>%1 hat mehr als %2 gesendet; die Antwort wurde abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 took longer than %n second(s) to answer.</source>
        <translation>
            <numerusform>%1 hat länger als %n Sekunde zum Antworten gebraucht.</numerusform>
            <numerusform>%1 hat länger als %n Sekunden zum Antworten gebraucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Anfrage an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 redirects without saying where to.</source>
        <translation>%1 leitet weiter, ohne ein Ziel anzugeben.</translation>
    </message>
    <message>
        <source>%1 redirects to an insecure address (%2); it was not followed.</source>
        <translation>%1 leitet auf eine unsichere Adresse weiter (%2); der Weiterleitung wurde nicht gefolgt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 redirects in a loop or too often (%n redirect(s)).</source>
        <translation>
            <numerusform>%1 leitet im Kreis oder zu oft weiter (%n Weiterleitung).</numerusform>
            <numerusform>%1 leitet im Kreis oder zu oft weiter (%n Weiterleitungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 broke off its answer: %2</source>
        <translation>%1 hat die Antwort abgebrochen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the answer is %1, not JSON</source>
        <translation>die Antwort ist %1, kein JSON</translation>
    </message>
    <message>
        <source>the answer nests deeper than %1 levels</source>
        <translation>die Antwort ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the answer is not valid JSON</source>
        <translation>die Antwort ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server antwortete mit %1.</translation>
    </message>
    <message>
        <source>The server answered %1: %2</source>
        <translation>Der Server antwortete mit %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ImportService</name>
    <message>
        <source>Demo mesh</source>
        <translation>Demo-Mesh</translation>
    </message>
</context>
<context>
    <name>tessera::LineageGraphModel</name>
    <message>
        <source>The dataset has no recorded column lineage.</source>
        <translation>Für den Datensatz ist keine Spaltenherkunft erfasst.</translation>
    </message>
    <message>
        <source>Nothing in the catalog is called &quot;%1&quot;.</source>
        <translation>Nichts im Katalog heißt „%1“.</translation>
    </message>
    <message>
        <source>The filters hide every node.</source>
        <translation>Die Filter blenden alle Knoten aus.</translation>
    </message>
    <message>
        <source>The lineage could not be read from the catalog.</source>
        <translation>Die Datenherkunft konnte nicht aus dem Katalog gelesen werden.</translation>
    </message>
    <message>
        <source>No lineage is recorded for &quot;%1&quot;.</source>
        <translation>Für „%1“ ist keine Datenherkunft erfasst.</translation>
    </message>
</context>
<context>
    <name>tessera::LineageLayout</name>
    <message>
        <source>Graphviz could not be started.</source>
        <translation>Graphviz konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Graphviz dot failed: %1</source>
        <translation>Graphviz dot ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Graphviz dot ran out of memory.</source>
        <translation>Graphviz dot hatte nicht genug Speicher.</translation>
    </message>
</context>
<context>
    <name>tessera::LineagePage</name>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Data product</source>
        <translation>Datenprodukt</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Quellsystem</translation>
    </message>
    <message>
        <source>More nodes</source>
        <translation>Weitere Knoten</translation>
    </message>
    <message>
        <source>Lineage of %1</source>
        <translation>Datenherkunft von %1</translation>
    </message>
    <message>
        <source>%1: how many steps to show</source>
        <translation>%1: wie viele Schritte gezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Upstream</source>
        <translation>&amp;Vorgelagert</translation>
    </message>
    <message>
        <source>&amp;Downstream</source>
        <translation>&amp;Nachgelagert</translation>
    </message>
    <message>
        <source>Level of detail</source>
        <translation>Detailstufe</translation>
    </message>
    <message>
        <source>Show domains, data products or datasets</source>
        <translation>Domänen, Datenprodukte oder Datensätze zeigen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>Show the jobs between datasets as nodes of their own</source>
        <translation>Die Jobs zwischen Datensätzen als eigene Knoten zeigen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Back to datasets</source>
        <translation>Zurück zu den Datensätzen</translation>
    </message>
    <message>
        <source>Find in graph…</source>
        <translation>Im Graphen suchen…</translation>
    </message>
    <message>
        <source>Find a node in the graph</source>
        <translation>Einen Knoten im Graphen suchen</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>Fit the graph</source>
        <translation>Ganzen Graphen zeigen</translation>
    </message>
    <message>
        <source>Zoom to the selection</source>
        <translation>Auf die Auswahl zoomen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Downstream impact</source>
        <translation>Nachgelagerte Auswirkungen</translation>
    </message>
    <message>
        <source>What a change would break downstream</source>
        <translation>Was eine Änderung nachgelagert beeinträchtigen würde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Export impact…</source>
        <translation>Auswirkungen exportieren…</translation>
    </message>
    <message>
        <source>Lineage: %1</source>
        <translation>Datenherkunft: %1</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Source systems</source>
        <translation>Quellsysteme</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Filters (on)</source>
        <translation>Filter (aktiv)</translation>
    </message>
    <message>
        <source>Click a node for its details and what depends on it; Ctrl+click a second one for the path between them. Double-click opens a product&apos;s page; the ± buttons at a node&apos;s sides show one more step.</source>
        <translation>Klicken Sie auf einen Knoten für seine Details und das, was von ihm abhängt; Strg+Klick auf einen zweiten zeigt den Pfad dazwischen. Ein Doppelklick öffnet die Seite eines Produkts; die ±-Knöpfe an den Seiten eines Knotens zeigen einen Schritt mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%n more node(s)</source>
        <translation>
            <numerusform>%n weiterer Knoten</numerusform>
            <numerusform>%n weitere Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>Domäne %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) upstream</source>
        <translation>
            <numerusform>%n Schritt vorgelagert</numerusform>
            <numerusform>%n Schritte vorgelagert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) downstream</source>
        <translation>
            <numerusform>%n Schritt nachgelagert</numerusform>
            <numerusform>%n Schritte nachgelagert</numerusform>
        </translation>
    </message>
    <message>
        <source>the start</source>
        <translation>der Ausgangspunkt</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Contract: %1</source>
        <translation>Vertrag: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>An SLA of its contract is breached</source>
        <translation>Ein SLA seines Vertrags ist verletzt</translation>
    </message>
    <message>
        <source>Last run %1</source>
        <translation>Zuletzt gelaufen %1</translation>
    </message>
    <message>
        <source>Open product</source>
        <translation>Produkt öffnen</translation>
    </message>
    <message>
        <source>Show columns</source>
        <translation>Spalten zeigen</translation>
    </message>
    <message>
        <source>Only this column&apos;s paths</source>
        <translation>Nur die Pfade dieser Spalte</translation>
    </message>
    <message>
        <source>Show them all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Nothing shown here reads it.</source>
        <translation>Nichts hier Gezeigte liest ihn.</translation>
    </message>
    <message>
        <source>A change could break %1 and %2 shown downstream.</source>
        <translation>Eine Änderung könnte %1 und %2 nachgelagert beeinträchtigen.</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>These two nodes are not connected.</source>
        <translation>Diese beiden Knoten sind nicht verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>Path of %n step(s)</source>
        <translation>
            <numerusform>Pfad mit %n Schritt</numerusform>
            <numerusform>Pfad mit %n Schritten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Reading and laying out the lineage…</source>
        <translation>Datenherkunft wird gelesen und angeordnet…</translation>
    </message>
    <message>
        <source>%1, %2 · laid out in %3 ms (%4) · zoom %5%</source>
        <translation>%1, %2 · angeordnet in %3 ms (%4) · Zoom %5 %</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edge(s)</source>
        <translation>
            <numerusform>%n Kante</numerusform>
            <numerusform>%n Kanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use .svg, .png, .dot or .graphml</source>
        <translation>Unbekanntes Format „%1“: verwenden Sie .svg, .png, .dot oder .graphml</translation>
    </message>
    <message>
        <source>Export the lineage</source>
        <translation>Datenherkunft exportieren</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot);;GraphML (*.graphml)</source>
        <translation>SVG-Bild (*.svg);;PNG-Bild (*.png);;Graphviz DOT (*.dot);;GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export the impact</source>
        <translation>Auswirkungen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>&amp;Indirect</source>
        <translation>&amp;Indirekt</translation>
    </message>
    <message>
        <source>Show indirect column edges: joins, filters, groupings and sorts that affect a column without feeding it</source>
        <translation>Indirekte Spaltenkanten zeigen: Joins, Filter, Gruppierungen und Sortierungen, die eine Spalte beeinflussen, ohne sie zu befüllen</translation>
    </message>
</context>
<context>
    <name>tessera::LineageView</name>
    <message>
        <source>Lineage graph</source>
        <translation>Herkunftsgraph</translation>
    </message>
</context>
<context>
    <name>tessera::Linter</name>
    <message>
        <source>Expected a data contract (a mapping of keys such as apiVersion, kind, schema), found a %1</source>
        <translation>Datenvertrag erwartet (ein Mapping mit Schlüsseln wie apiVersion, kind, schema), gefunden: %1</translation>
    </message>
    <message>
        <source>apiVersion &quot;%1&quot; is not one Tessera knows (v3.0.x, v3.1.0); checked against v3.1.0</source>
        <translation>apiVersion „%1“ ist Tessera nicht bekannt (v3.0.x, v3.1.0); gegen v3.1.0 geprüft</translation>
    </message>
    <message>
        <source>The bundled ODCS JSON Schema could not be loaded</source>
        <translation>Das mitgelieferte ODCS-JSON-Schema konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Valid only under ODCS v3.1.0 rules, but apiVersion says %1; set apiVersion: v3.1.0</source>
        <translation>Nur nach den Regeln von ODCS v3.1.0 gültig, aber apiVersion gibt %1 an; setzen Sie apiVersion: v3.1.0</translation>
    </message>
    <message>
        <source>This is a Data Contract Specification (DCS) file, not ODCS; import it with &quot;tessera-cli convert FILE --to yaml&quot;</source>
        <translation>Dies ist eine Datei im Format Data Contract Specification (DCS), nicht ODCS; importieren Sie sie mit „tessera-cli convert DATEI --to yaml“</translation>
    </message>
</context>
<context>
    <name>tessera::LocalFolderSource</name>
    <message>
        <source>Line %1 is not a JSON object</source>
        <translation>Zeile %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Line %1 is neither an OpenLineage run event nor a measurement</source>
        <translation>Zeile %1 ist weder ein OpenLineage-Run-Event noch eine Messung</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The contract has no id or version</source>
        <translation>Dem Vertrag fehlt die ID oder die Version</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A dataset of the run event has no name; it was left out</source>
        <translation>Ein Datensatz des Laufereignisses hat keinen Namen; er wurde ausgelassen</translation>
    </message>
    <message>
        <source>A dataset name or namespace is longer than %1 bytes; the dataset was left out</source>
        <translation>Ein Datensatzname oder Namensraum ist länger als %1 Bytes; der Datensatz wurde ausgelassen</translation>
    </message>
    <message>
        <source>The run event has no job name; it was left out</source>
        <translation>Das Laufereignis hat keinen Jobnamen; es wurde ausgelassen</translation>
    </message>
    <message>
        <source>The job name or namespace is longer than %1 bytes; the run event was left out</source>
        <translation>Der Jobname oder Namensraum ist länger als %1 Bytes; das Laufereignis wurde ausgelassen</translation>
    </message>
    <message>
        <source>The run event&apos;s “%1” is not an array; the event was left out</source>
        <translation>„%1“ des Laufereignisses ist kein Array; das Ereignis wurde ausgelassen</translation>
    </message>
    <message>
        <source>This part of the column lineage is not what the OpenLineage facet describes; it was left out</source>
        <translation>Dieser Teil der Spaltenherkunft entspricht nicht dem, was das OpenLineage-Facet beschreibt; er wurde ausgelassen</translation>
    </message>
    <message>
        <source>A column lineage entry has no dataset name or field, or one longer than %1 bytes; it was left out</source>
        <translation>Ein Eintrag der Spaltenherkunft hat keinen Datensatznamen oder kein Feld, oder eines ist länger als %1 Bytes; er wurde ausgelassen</translation>
    </message>
    <message>
        <source>This element of the array is not a JSON object; it was left out</source>
        <translation>Dieses Element des Arrays ist kein JSON-Objekt; es wurde ausgelassen</translation>
    </message>
    <message>
        <source>This element of the array is not an OpenLineage run event; it was left out</source>
        <translation>Dieses Element des Arrays ist kein OpenLineage-Laufereignis; es wurde ausgelassen</translation>
    </message>
    <message>
        <source>This is not an ODCS data contract</source>
        <translation>Dies ist kein ODCS-Datenvertrag</translation>
    </message>
    <message>
        <source>Not an OpenLineage run event</source>
        <translation>Kein OpenLineage-Laufereignis</translation>
    </message>
</context>
<context>
    <name>tessera::MainWindow</name>
    <message>
        <source>Check an ODCS contract file and list its problems</source>
        <translation>Eine ODCS-Vertragsdatei prüfen und ihre Probleme auflisten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Tessera</source>
        <translation>&amp;Über Tessera</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show or hide the Problems panel</source>
        <translation>Den Bereich „Probleme“ ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No contract checked yet.</source>
        <translation>Noch kein Vertrag geprüft.</translation>
    </message>
    <message>
        <source>Open contract</source>
        <translation>Vertrag öffnen</translation>
    </message>
    <message>
        <source>ODCS contracts (*.yaml *.yml);;All files (*)</source>
        <translation>ODCS-Verträge (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Info: %3</source>
        <translation>Fehler: %1 · Warnungen: %2 · Hinweise: %3</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>No problems found in %1</source>
        <translation>Keine Probleme in %1 gefunden</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>%1 geprüft</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>Über Tessera</translation>
    </message>
    <message>
        <source>Tessera %1</source>
        <translation>Tessera %1</translation>
    </message>
    <message>
        <source>A desktop tool for data meshes: browse data products, follow lineage and design data contracts.</source>
        <translation>Ein Desktop-Werkzeug für Data Meshes: Datenprodukte durchsuchen, Datenherkunft verfolgen und Datenverträge entwerfen.</translation>
    </message>
    <message>
        <source>Licensed under the &lt;a href=&quot;%1&quot;&gt;Apache License, version 2.0&lt;/a&gt;.</source>
        <translation>Lizenziert unter der &lt;a href=&quot;%1&quot;&gt;Apache License, Version 2.0&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Could not check %1: internal error</source>
        <translation>%1 konnte nicht geprüft werden: interner Fehler</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Add local folder</source>
        <translation>Lokalen Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n Datei importiert</numerusform>
            <numerusform>%n Dateien importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out</source>
        <translation>
            <numerusform>%n Datei ausgelassen</numerusform>
            <numerusform>%n Dateien ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add local folder…</source>
        <translation>&amp;Lokalen Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Import a folder of contracts, products and lineage into the catalog, and watch it</source>
        <translation>Einen Ordner mit Verträgen, Produkten und Datenherkunft in den Katalog importieren und auf Änderungen überwachen</translation>
    </message>
    <message>
        <source>Importing the demo mesh…</source>
        <translation>Das Demo-Mesh wird importiert…</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n Vertrag</numerusform>
            <numerusform>%n Verträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Load the &amp;demo mesh</source>
        <translation>&amp;Demo-Mesh laden</translation>
    </message>
    <message>
        <source>Import FoodCo, the demo mesh built into Tessera, into the catalog</source>
        <translation>FoodCo, das in Tessera eingebaute Demo-Mesh, in den Katalog importieren</translation>
    </message>
    <message>
        <source>&amp;Find products…</source>
        <translation>Produkte &amp;suchen…</translation>
    </message>
    <message>
        <source>Search the catalog&apos;s products, datasets and columns</source>
        <translation>Produkte, Datensätze und Spalten des Katalogs durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Quick open…</source>
        <translation>&amp;Schnell öffnen…</translation>
    </message>
    <message>
        <source>Go to any product, dataset, contract or column</source>
        <translation>Zu einem beliebigen Produkt, Datensatz, Vertrag oder einer Spalte springen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Show the page seen before</source>
        <translation>Die zuvor angesehene Seite zeigen</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Show the page seen after this one</source>
        <translation>Die danach angesehene Seite zeigen</translation>
    </message>
    <message>
        <source>&amp;Close page</source>
        <translation>Seite s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>Copy &amp;link to page</source>
        <translation>&amp;Link zur Seite kopieren</translation>
    </message>
    <message>
        <source>Copy the tessera:// link of the page shown</source>
        <translation>Den tessera://-Link der angezeigten Seite kopieren</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
    <message>
        <source>Show or hide the sources, domains and filters</source>
        <translation>Quellen, Domänen und Filter ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Search the mesh…  %1</source>
        <translation>Im Mesh suchen…  %1</translation>
    </message>
    <message>
        <source>Tessera cannot open %1</source>
        <translation>Tessera kann %1 nicht öffnen</translation>
    </message>
    <message>
        <source>%1 — Tessera</source>
        <translation>%1 – Tessera</translation>
    </message>
    <message>
        <source>&amp;Check contract file…</source>
        <translation>Vertragsdatei &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;New contract</source>
        <translation>&amp;Neuer Vertrag</translation>
    </message>
    <message>
        <source>Design a new data contract in forms</source>
        <translation>Einen neuen Datenvertrag in Formularen entwerfen</translation>
    </message>
    <message>
        <source>&amp;Edit contract file…</source>
        <translation>&amp;Vertragsdatei bearbeiten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open an ODCS or DCS contract file in the designer</source>
        <translation>Eine ODCS- oder DCS-Vertragsdatei im Designer öffnen</translation>
    </message>
    <message>
        <source>Edit contract file</source>
        <translation>Vertragsdatei bearbeiten</translation>
    </message>
    <message>
        <source>Data contracts (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Datenverträge (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>It holds no YAML or JSON mapping.</source>
        <translation>Sie enthält kein YAML- oder JSON-Mapping.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened in the designer.</source>
        <translation>%1 kann nicht im Designer geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 was converted from the Data Contract Specification to ODCS</source>
        <translation>%1 wurde von der Data Contract Specification nach ODCS umgewandelt</translation>
    </message>
    <message>
        <source>The catalog has no readable contract %1</source>
        <translation>Der Katalog enthält keinen lesbaren Vertrag %1</translation>
    </message>
    <message>
        <source>New contract from &amp;template</source>
        <translation>Neuer Vertrag aus Vorla&amp;ge</translation>
    </message>
    <message>
        <source>Table with a key and audit columns</source>
        <translation>Tabelle mit Schlüssel und Prüfspalten</translation>
    </message>
    <message>
        <source>Event stream (Kafka topic)</source>
        <translation>Ereignisstrom (Kafka-Topic)</translation>
    </message>
    <message>
        <source>Daily aggregate</source>
        <translation>Tägliches Aggregat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop syncing after the current page; what was synced stays</source>
        <translation>Die Synchronisierung nach der aktuellen Seite beenden; bereits Synchronisiertes bleibt erhalten</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>wird synchronisiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No catalog endpoints to sync — add one with File › Connections…</source>
        <translation>Keine Katalog-Endpunkte zum Synchronisieren — einen über Datei › Verbindungen… hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n source(s)</source>
        <translation>
            <numerusform>%n Quelle synchronisiert</numerusform>
            <numerusform>%n Quellen synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offline</source>
        <translation>
            <numerusform>%n offline</numerusform>
            <numerusform>%n offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) — see the status bar</source>
        <translation>
            <numerusform>%n Konflikt — siehe Statusleiste</numerusform>
            <numerusform>%n Konflikte — siehe Statusleiste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes you published met a newer version on the endpoint: compare them</source>
        <translation>Veröffentlichte Änderungen trafen am Endpunkt auf eine neuere Version: Versionen vergleichen</translation>
    </message>
    <message>
        <source>%1 on %2…</source>
        <translation>%1 in %2…</translation>
    </message>
    <message>
        <source>A contract</source>
        <translation>Ein Vertrag</translation>
    </message>
    <message>
        <source>Dismiss (both versions stay kept)</source>
        <translation>Ausblenden (beide Versionen bleiben erhalten)</translation>
    </message>
    <message>
        <source>the contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>The contract cannot be opened in the designer; it was copied to the clipboard</source>
        <translation>Der Vertrag kann nicht im Designer geöffnet werden; er wurde in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation>Verb&amp;indungen…</translation>
    </message>
    <message>
        <source>Add, edit, test and remove catalog endpoints and local folders</source>
        <translation>Katalog-Endpunkte und lokale Ordner hinzufügen, bearbeiten, testen und entfernen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Bring the catalog up to date with every catalog endpoint</source>
        <translation>Den Katalog mit allen Katalog-Endpunkten abgleichen</translation>
    </message>
    <message>
        <source>Mesh &amp;overview</source>
        <translation>Mesh-&amp;Übersicht</translation>
    </message>
    <message>
        <source>Every domain&apos;s products, contracts, SLA compliance and policy findings</source>
        <translation>Produkte, Verträge, SLA-Einhaltung und Richtlinienbefunde jeder Domäne</translation>
    </message>
    <message>
        <source>Export governance &amp;report…</source>
        <translation>Governance-&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Save a governance report of the whole mesh, with its charts, as HTML or PDF</source>
        <translation>Einen Governance-Bericht des ganzen Mesh mit seinen Diagrammen als HTML oder PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, the organisation&apos;s policy file and your name as a reviewer</source>
        <translation>Sprache, Richtliniendatei der Organisation und der eigene Name als Prüfer</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>&amp;Prüfwarteschlange</translation>
    </message>
    <message>
        <source>Contract versions proposed for review: their changes, findings and impact</source>
        <translation>Zur Prüfung vorgeschlagene Vertragsversionen: ihre Änderungen, Befunde und Auswirkungen</translation>
    </message>
    <message>
        <source>Contract versions proposed for review (View › Review queue, Ctrl+Shift+R)</source>
        <translation>Zur Prüfung vorgeschlagene Vertragsversionen (Ansicht › Prüfwarteschlange, Strg+Umschalt+R)</translation>
    </message>
    <message numerus="yes">
        <source>%n to review</source>
        <translation>
            <numerusform>%n zu prüfen</numerusform>
            <numerusform>%n zu prüfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::MarquezAdapter</name>
    <message>
        <source>Reading the namespaces</source>
        <translation>Lesen der Namensräume</translation>
    </message>
    <message>
        <source>%1 does not answer like Marquez.</source>
        <translation>%1 antwortet nicht wie Marquez.</translation>
    </message>
    <message numerus="yes">
        <source>Marquez with %n namespace(s).</source>
        <translation>
            <numerusform>Marquez mit %n Namensraum.</numerusform>
            <numerusform>Marquez mit %n Namensräumen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading namespaces</source>
        <translation>Namensräume werden gelesen</translation>
    </message>
    <message>
        <source>Reading datasets of %1</source>
        <translation>Datensätze von %1 werden gelesen</translation>
    </message>
    <message>
        <source>Reading the datasets of %1</source>
        <translation>Lesen der Datensätze von %1</translation>
    </message>
    <message>
        <source>Reading jobs of %1</source>
        <translation>Jobs von %1 werden gelesen</translation>
    </message>
    <message>
        <source>Reading the jobs of %1</source>
        <translation>Lesen der Jobs von %1</translation>
    </message>
    <message>
        <source>Reading column lineage</source>
        <translation>Spaltenherkunft wird gelesen</translation>
    </message>
    <message>
        <source>%1: the endpoint kept sending pages; reading was stopped.</source>
        <translation>%1: Der Endpunkt hat immer weiter Seiten gesendet; das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: the answer has no list &quot;%2&quot;.</source>
        <translation>%1: Die Antwort enthält keine Liste „%2“.</translation>
    </message>
    <message>
        <source>%1: the endpoint sent the same page twice; reading was stopped.</source>
        <translation>%1: Der Endpunkt hat dieselbe Seite zweimal gesendet; das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A dataset without a name in %1 was left out.</source>
        <translation>Ein Datensatz ohne Namen in %1 wurde ausgelassen.</translation>
    </message>
    <message>
        <source>A job without a name in %1 was left out.</source>
        <translation>Ein Job ohne Namen in %1 wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Reading the column lineage of %1</source>
        <translation>Lesen der Spaltenherkunft von %1</translation>
    </message>
    <message>
        <source>Reading run events</source>
        <translation>Laufereignisse werden gelesen</translation>
    </message>
    <message>
        <source>Reading the run events</source>
        <translation>Lesen der Laufereignisse</translation>
    </message>
    <message>
        <source>A run event of %1: %2</source>
        <translation>Ein Laufereignis von %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::MeshOverviewPage</name>
    <message>
        <source>Mesh overview</source>
        <translation>Mesh-Übersicht</translation>
    </message>
    <message>
        <source>Domain: %1</source>
        <translation>Domäne: %1</translation>
    </message>
    <message>
        <source>Per domain: products by status, contracts and SLAs, SLA compliance over the last 30 days, open policy findings. Choose a domain for its dashboard.</source>
        <translation>Pro Domäne: Produkte nach Status, Verträge und SLAs, SLA-Einhaltung der letzten 30 Tage, offene Richtlinienbefunde. Eine Domäne wählen, um ihr Dashboard zu öffnen.</translation>
    </message>
    <message>
        <source>The domain&apos;s figures and each of its products over the last 30 days. Choose a product for its dashboard.</source>
        <translation>Die Kennzahlen der Domäne und jedes ihrer Produkte in den letzten 30 Tagen. Ein Produkt wählen, um sein Dashboard zu öffnen.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the overview as PNG or SVG</source>
        <translation>Übersicht als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Export overview</source>
        <translation>Übersicht exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Deprecated or retired</source>
        <translation>Veraltet oder außer Betrieb</translation>
    </message>
    <message>
        <source>With contracts</source>
        <translation>Mit Verträgen</translation>
    </message>
    <message>
        <source>With SLAs</source>
        <translation>Mit SLAs</translation>
    </message>
    <message>
        <source>SLA compliance (30 days)</source>
        <translation>SLA-Einhaltung (30 Tage)</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <source>Adding up the mesh…</source>
        <translation>Das Mesh wird ausgewertet…</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Alle Domänen</translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation>(keine Domäne)</translation>
    </message>
    <message>
        <source>Show the products of %1</source>
        <translation>Produkte von %1 anzeigen</translation>
    </message>
    <message>
        <source>%1 of %2 products</source>
        <translation>%1 von %2 Produkten</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>%1 of %2 measurements met their target</source>
        <translation>%1 von %2 Messungen haben ihr Ziel erreicht</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>The domain</source>
        <translation>Die Domäne</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-Verstöße</translation>
    </message>
    <message>
        <source>Quality pass rate</source>
        <translation>Erfolgsquote der Qualität</translation>
    </message>
    <message>
        <source>Open the dashboard of %1</source>
        <translation>Dashboard von %1 öffnen</translation>
    </message>
    <message>
        <source>no results</source>
        <translation>keine Ergebnisse</translation>
    </message>
    <message numerus="yes">
        <source>SLA compliance per product, last %n days</source>
        <translation>
            <numerusform>SLA-Einhaltung pro Produkt, letzter %n Tag</numerusform>
            <numerusform>SLA-Einhaltung pro Produkt, letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>share of each product&apos;s SLA measurements that met their target</source>
        <translation>Anteil der SLA-Messungen jedes Produkts, die ihr Ziel erreicht haben</translation>
    </message>
    <message numerus="yes">
        <source>SLA compliance, last %n days</source>
        <translation>
            <numerusform>SLA-Einhaltung, letzter %n Tag</numerusform>
            <numerusform>SLA-Einhaltung, letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>share of the SLA measurements that met their target</source>
        <translation>Anteil der SLA-Messungen, die ihr Ziel erreicht haben</translation>
    </message>
    <message>
        <source>Products by status</source>
        <translation>Produkte nach Status</translation>
    </message>
    <message>
        <source>per domain</source>
        <translation>pro Domäne</translation>
    </message>
    <message>
        <source>Contracts and SLAs</source>
        <translation>Verträge und SLAs</translation>
    </message>
    <message>
        <source>share of the domain&apos;s products</source>
        <translation>Anteil an den Produkten der Domäne</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA-Einhaltung</translation>
    </message>
    <message>
        <source>%1: %2 of %3 measurements met their target (%4)</source>
        <translation>%1: %2 von %3 Messungen haben ihr Ziel erreicht (%4)</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Save a governance report of the whole mesh as HTML or PDF</source>
        <translation>Einen Governance-Bericht des ganzen Mesh als HTML oder PDF speichern</translation>
    </message>
    <message>
        <source>Save a governance report of this domain as HTML or PDF</source>
        <translation>Einen Governance-Bericht dieser Domäne als HTML oder PDF speichern</translation>
    </message>
    <message>
        <source>Products of the domain</source>
        <translation>Produkte der Domäne</translation>
    </message>
</context>
<context>
    <name>tessera::Minimap</name>
    <message>
        <source>Overview of the lineage graph</source>
        <translation>Übersicht über den Herkunftsgraphen</translation>
    </message>
</context>
<context>
    <name>tessera::NodeItem</name>
    <message>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>data product</source>
        <translation>Datenprodukt</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>source system</source>
        <translation>Quellsystem</translation>
    </message>
    <message>
        <source>more</source>
        <translation>weitere</translation>
    </message>
    <message>
        <source>An SLA of its contract is breached</source>
        <translation>Ein SLA seines Vertrags ist verletzt</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>tessera::OpenMetadataAdapter</name>
    <message>
        <source>Reading the tables</source>
        <translation>Lesen der Tabellen</translation>
    </message>
    <message>
        <source>%1 does not answer like OpenMetadata.</source>
        <translation>%1 antwortet nicht wie OpenMetadata.</translation>
    </message>
    <message numerus="yes">
        <source>OpenMetadata with %n table(s).</source>
        <translation>
            <numerusform>OpenMetadata mit %n Tabelle.</numerusform>
            <numerusform>OpenMetadata mit %n Tabellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no contract &quot;%2&quot; to update; create it in OpenMetadata first.</source>
        <translation>%1 hat keinen Vertrag „%2“, der aktualisiert werden könnte; ihn zuerst in OpenMetadata anlegen.</translation>
    </message>
    <message>
        <source>Reading the contract</source>
        <translation>Lesen des Vertrags</translation>
    </message>
    <message>
        <source>The contract changed in %1 since it was synced (version %2, synced %3).</source>
        <translation>Der Vertrag wurde seit der Synchronisierung in %1 geändert (Version %2, synchronisiert %3).</translation>
    </message>
    <message>
        <source>%1 refused the contract: it changed since it was synced.</source>
        <translation>%1 hat den Vertrag abgelehnt: Er wurde seit der Synchronisierung geändert.</translation>
    </message>
    <message>
        <source>%1 refused the contract: %2</source>
        <translation>%1 hat den Vertrag abgelehnt: %2</translation>
    </message>
    <message>
        <source>Reading domains</source>
        <translation>Domänen werden gelesen</translation>
    </message>
    <message>
        <source>Reading the domains</source>
        <translation>Lesen der Domänen</translation>
    </message>
    <message>
        <source>Reading data products</source>
        <translation>Datenprodukte werden gelesen</translation>
    </message>
    <message>
        <source>Reading the data products</source>
        <translation>Lesen der Datenprodukte</translation>
    </message>
    <message>
        <source>Reading tables</source>
        <translation>Tabellen werden gelesen</translation>
    </message>
    <message>
        <source>Reading data contracts</source>
        <translation>Datenverträge werden gelesen</translation>
    </message>
    <message>
        <source>Reading the data contracts</source>
        <translation>Lesen der Datenverträge</translation>
    </message>
    <message>
        <source>Reading changes</source>
        <translation>Änderungen werden gelesen</translation>
    </message>
    <message>
        <source>Reading the changes</source>
        <translation>Lesen der Änderungen</translation>
    </message>
    <message>
        <source>A change event without entity type or id was left out.</source>
        <translation>Ein Änderungsereignis ohne Entitätstyp oder ID wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Fetching changed entities</source>
        <translation>Geänderte Entitäten werden abgerufen</translation>
    </message>
    <message>
        <source>%1: the endpoint kept sending pages; reading was stopped.</source>
        <translation>%1: Der Endpunkt hat immer weiter Seiten gesendet; das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: the answer has no list &quot;data&quot;.</source>
        <translation>%1: Die Antwort enthält keine Liste „data“.</translation>
    </message>
    <message>
        <source>%1: the endpoint sent the same page cursor twice; reading was stopped.</source>
        <translation>%1: Der Endpunkt hat denselben Seiten-Cursor zweimal gesendet; das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A %1 without id or name was left out.</source>
        <translation>Ein Element vom Typ %1 ohne ID oder Namen wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1 came twice; the first was kept.</source>
        <translation>%1 kam doppelt; das erste Vorkommen wurde behalten.</translation>
    </message>
    <message>
        <source>Reading the lineage of %1</source>
        <translation>Lesen der Datenherkunft von %1</translation>
    </message>
    <message>
        <source>A lineage edge of %1 names an unknown entity.</source>
        <translation>Eine Herkunftskante von %1 verweist auf eine unbekannte Entität.</translation>
    </message>
    <message>
        <source>Reading the contract %1: %2</source>
        <translation>Lesen des Vertrags %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The contract %1 has %n error(s), such as: %2</source>
        <translation>
            <numerusform>Der Vertrag %1 hat %n Fehler: %2</numerusform>
            <numerusform>Der Vertrag %1 hat %n Fehler, etwa: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract %1 was left out: %2</source>
        <translation>Der Vertrag %1 wurde ausgelassen: %2</translation>
    </message>
    <message>
        <source>Reading the results of %1</source>
        <translation>Lesen der Ergebnisse von %1</translation>
    </message>
    <message>
        <source>Fetching %1 %2: %3</source>
        <translation>Abrufen von %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 has no contract &quot;%2&quot; any more; the decision stays in Tessera.</source>
        <translation>%1 hat keinen Vertrag „%2“ mehr; die Entscheidung bleibt in Tessera.</translation>
    </message>
    <message>
        <source>%1 refused the review decision on %2: %3</source>
        <translation>%1 hat die Prüfentscheidung zu %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>Approved version %1: %2</source>
        <translation>Version %1 freigegeben: %2</translation>
    </message>
    <message>
        <source>Changes requested on version %1: %2</source>
        <translation>Änderungen an Version %1 angefordert: %2</translation>
    </message>
    <message>
        <source>The status was set; the comment could not be posted: %1</source>
        <translation>Der Status wurde gesetzt; der Kommentar konnte nicht veröffentlicht werden: %1</translation>
    </message>
</context>
<context>
    <name>tessera::Policies</name>
    <message>
        <source>Product &quot;%1&quot; has no owner team</source>
        <translation>Produkt „%1“ hat kein Eigentümer-Team</translation>
    </message>
    <message>
        <source>Product &quot;%1&quot; is %2 but its input port &quot;%3&quot; uses contract %4 %5, which is %6</source>
        <translation>Produkt „%1“ hat den Status %2, aber sein Eingabe-Port „%3“ nutzt den Vertrag %4 %5 mit dem Status %6</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; promises no SLA (no slaProperties)</source>
        <translation>Vertrag „%1“ sagt kein SLA zu (keine slaProperties)</translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot; names no support channel</source>
        <translation>Vertrag „%1“ nennt keinen Support-Kanal</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; looks like personal data but has no classification</source>
        <translation>Eigenschaft „%1“ sieht nach personenbezogenen Daten aus, hat aber keine Klassifizierung</translation>
    </message>
    <message>
        <source>Primary key column &quot;%1.%2&quot; is neither required nor checked for null values</source>
        <translation>Primärschlüsselspalte „%1.%2“ ist weder Pflicht (required) noch auf Nullwerte geprüft</translation>
    </message>
    <message>
        <source>Primary key of &quot;%1&quot; (%2) has no uniqueness quality rule</source>
        <translation>Primärschlüssel von „%1“ (%2) hat keine Qualitätsregel für Eindeutigkeit</translation>
    </message>
    <message numerus="yes">
        <source>Contract &quot;%1&quot; %2 makes %n breaking change(s) since %3 but is not a new major version (expected %4)</source>
        <translation>
            <numerusform>Vertrag „%1“ %2 enthält seit %3 %n inkompatible Änderung, ist aber keine neue Hauptversion (erwartet: %4)</numerusform>
            <numerusform>Vertrag „%1“ %2 enthält seit %3 %n inkompatible Änderungen, ist aber keine neue Hauptversion (erwartet: %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contract &quot;%1&quot;</source>
        <translation>Vertrag „%1“</translation>
    </message>
    <message>
        <source>Schema object &quot;%1&quot;</source>
        <translation>Schemaobjekt „%1“</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot;</source>
        <translation>Eigenschaft „%1“</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 must not be set</source>
        <translation>%1 darf nicht gesetzt sein</translation>
    </message>
    <message>
        <source>%1 must be %2 (is %3)</source>
        <translation>%1 muss %2 sein (ist %3)</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (is %3)</source>
        <translation>%1 muss einer der Werte %2 sein (ist %3)</translation>
    </message>
    <message>
        <source>%1 must match %2 (is %3)</source>
        <translation>%1 muss zu %2 passen (ist %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2</source>
        <translation>unbekannter Schlüssel „%1“ in %2</translation>
    </message>
    <message>
        <source>unknown severity %1 (use error, warning or info)</source>
        <translation>unbekannter Schweregrad %1 (error, warning oder info verwenden)</translation>
    </message>
    <message>
        <source>%1 must be a mapping with field and one of present, equals, in or matches</source>
        <translation>%1 muss ein Mapping mit field und genau einem von present, equals, in oder matches sein</translation>
    </message>
    <message>
        <source>%1 needs a field (a dotted path, e.g. description.purpose)</source>
        <translation>%1 braucht ein field (einen Pfad mit Punkten, z. B. description.purpose)</translation>
    </message>
    <message>
        <source>present takes true or false</source>
        <translation>present erwartet true oder false</translation>
    </message>
    <message>
        <source>equals takes a single value (text, number or true/false)</source>
        <translation>equals erwartet einen einzelnen Wert (Text, Zahl oder true/false)</translation>
    </message>
    <message>
        <source>in takes a list of values</source>
        <translation>in erwartet eine Liste von Werten</translation>
    </message>
    <message>
        <source>matches takes a regular expression</source>
        <translation>matches erwartet einen regulären Ausdruck</translation>
    </message>
    <message>
        <source>bad regular expression &quot;%1&quot;: %2</source>
        <translation>ungültiger regulärer Ausdruck „%1“: %2</translation>
    </message>
    <message>
        <source>%1 says none of present, equals, in or matches</source>
        <translation>%1 enthält keinen von present, equals, in oder matches</translation>
    </message>
    <message>
        <source>%1 says more than one of present, equals, in or matches</source>
        <translation>%1 enthält mehr als einen von present, equals, in oder matches</translation>
    </message>
    <message>
        <source>a policy file is a mapping with policies and rules</source>
        <translation>eine Richtliniendatei ist ein Mapping mit policies und rules</translation>
    </message>
    <message>
        <source>the policy file</source>
        <translation>der Richtliniendatei</translation>
    </message>
    <message>
        <source>policies is a mapping of built-in policy ids</source>
        <translation>policies ist ein Mapping mit IDs eingebauter Richtlinien</translation>
    </message>
    <message>
        <source>unknown policy &quot;%1&quot;</source>
        <translation>unbekannte Richtlinie „%1“</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; takes a mapping with enabled and severity</source>
        <translation>Richtlinie „%1“ erwartet ein Mapping mit enabled und severity</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot;</source>
        <translation>Richtlinie „%1“</translation>
    </message>
    <message>
        <source>enabled takes true or false</source>
        <translation>enabled erwartet true oder false</translation>
    </message>
    <message>
        <source>rules is a list of custom rules</source>
        <translation>rules ist eine Liste eigener Regeln</translation>
    </message>
    <message>
        <source>a rule is a mapping with id, on and require</source>
        <translation>eine Regel ist ein Mapping mit id, on und require</translation>
    </message>
    <message>
        <source>a rule</source>
        <translation>einer Regel</translation>
    </message>
    <message>
        <source>a rule needs an id</source>
        <translation>eine Regel braucht eine id</translation>
    </message>
    <message>
        <source>rule id &quot;%1&quot; is taken</source>
        <translation>Regel-ID „%1“ ist bereits vergeben</translation>
    </message>
    <message>
        <source>%1 takes text</source>
        <translation>%1 erwartet Text</translation>
    </message>
    <message>
        <source>on takes contract, schema or property, not %1</source>
        <translation>on erwartet contract, schema oder property, nicht %1</translation>
    </message>
    <message>
        <source>when</source>
        <translation>when</translation>
    </message>
    <message>
        <source>require</source>
        <translation>require</translation>
    </message>
    <message>
        <source>rule &quot;%1&quot; has no require</source>
        <translation>Regel „%1“ hat kein require</translation>
    </message>
    <message>
        <source>Every product has an owner team</source>
        <translation>Jedes Produkt hat ein Eigentümer-Team</translation>
    </message>
    <message>
        <source>A product nobody owns has nobody to answer questions, fix incidents or approve access.</source>
        <translation>Ein Produkt ohne Eigentümer hat niemanden, der Fragen beantwortet, Störungen behebt oder Zugriff genehmigt.</translation>
    </message>
    <message>
        <source>Every contract has an SLA and a support channel</source>
        <translation>Jeder Vertrag hat ein SLA und einen Support-Kanal</translation>
    </message>
    <message>
        <source>Consumers need to know what they can rely on and where to ask when it does not hold.</source>
        <translation>Nutzer der Daten müssen wissen, worauf sie sich verlassen können und wo sie nachfragen können, wenn es nicht eingehalten wird.</translation>
    </message>
    <message>
        <source>Personal data is classified</source>
        <translation>Personenbezogene Daten sind klassifiziert</translation>
    </message>
    <message>
        <source>Columns whose names suggest personal data (email, phone, a person&apos;s name, address, birth date, IBAN, IP address) need a classification so access and retention rules apply.</source>
        <translation>Spalten, deren Namen auf personenbezogene Daten hindeuten (E-Mail, Telefon, Name einer Person, Adresse, Geburtsdatum, IBAN, IP-Adresse), brauchen eine Klassifizierung, damit Zugriffs- und Aufbewahrungsregeln greifen.</translation>
    </message>
    <message>
        <source>A breaking change comes with a major version</source>
        <translation>Eine inkompatible Änderung erfordert eine neue Hauptversion</translation>
    </message>
    <message>
        <source>Consumers pin major versions; a breaking change in a minor or patch release breaks them without warning.</source>
        <translation>Nutzer der Daten legen sich auf Hauptversionen fest; eine inkompatible Änderung in einer Minor- oder Patch-Version bricht ihre Verarbeitung ohne Vorwarnung.</translation>
    </message>
    <message>
        <source>Production products do not depend on deprecated or retired contracts</source>
        <translation>Produkte in Produktion hängen nicht von veralteten oder außer Betrieb genommenen Verträgen ab</translation>
    </message>
    <message>
        <source>A deprecated input goes away: the product must move to its successor before it does.</source>
        <translation>Eine veraltete Eingabe fällt weg: Das Produkt muss vorher auf ihren Nachfolger umsteigen.</translation>
    </message>
    <message>
        <source>Primary keys are checked for uniqueness and nulls</source>
        <translation>Primärschlüssel werden auf Eindeutigkeit und Nullwerte geprüft</translation>
    </message>
    <message>
        <source>Joins and deduplication downstream rely on keys being unique and never empty; a quality rule makes that promise checked.</source>
        <translation>Nachgelagerte Joins und Deduplizierung verlassen sich darauf, dass Schlüssel eindeutig und nie leer sind; eine Qualitätsregel sorgt dafür, dass dieses Versprechen geprüft wird.</translation>
    </message>
    <message>
        <source>contract %1 %2</source>
        <translation>Vertrag %1 %2</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>No domain</source>
        <translation>Keine Domäne</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Domäne %1</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies) checked</source>
        <translation>
            <numerusform>%n Richtlinie geprüft</numerusform>
            <numerusform>%n Richtlinien geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping the policy findings</source>
        <translation>Speichern der Richtlinienbefunde</translation>
    </message>
</context>
<context>
    <name>tessera::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Applies after Tessera is restarted. Dates and numbers follow the language&apos;s format.</source>
        <translation>Wird nach einem Neustart von Tessera wirksam. Datums- und Zahlenangaben folgen dem Format der Sprache.</translation>
    </message>
    <message>
        <source>Dates and numbers follow the language&apos;s format.</source>
        <translation>Datums- und Zahlenangaben folgen dem Format der Sprache.</translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation>Richtliniendatei</translation>
    </message>
    <message>
        <source>None: the built-in policies as they are</source>
        <translation>Keine: die eingebauten Richtlinien unverändert</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the policy file</source>
        <translation>Richtliniendatei wählen</translation>
    </message>
    <message>
        <source>Policy files (*.yaml *.yml);;All files (*)</source>
        <translation>Richtliniendateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Name als Prüfer</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Policy file:</source>
        <translation>&amp;Richtliniendatei:</translation>
    </message>
    <message>
        <source>The organisation&apos;s governance policies (docs/policies.md); checked at once.</source>
        <translation>Die Governance-Richtlinien der Organisation (docs/policies.md); die Datei wird sofort geprüft.</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Name als Prüfer:</translation>
    </message>
    <message>
        <source>Signs your decisions in the review queue.</source>
        <translation>Wird unter den eigenen Entscheidungen in der Prüfwarteschlange angegeben.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ProductDelegate</name>
    <message>
        <source>found in its contract %1</source>
        <translation>gefunden in seinem Vertrag %1</translation>
    </message>
    <message>
        <source>found in its dataset %1</source>
        <translation>gefunden in seinem Datensatz %1</translation>
    </message>
    <message>
        <source>SLA met</source>
        <translation>SLA erfüllt</translation>
    </message>
    <message>
        <source>SLA breached: %1</source>
        <translation>SLA verletzt: %1</translation>
    </message>
    <message>
        <source>no SLA data</source>
        <translation>keine SLA-Daten</translation>
    </message>
    <message>
        <source>quality %1%</source>
        <translation>Qualität %1 %</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>tessera::ProductListPanel</name>
    <message>
        <source>Search products, datasets, columns…</source>
        <translation>Produkte, Datensätze, Spalten suchen…</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Den Katalog durchsuchen</translation>
    </message>
    <message>
        <source>Words match names, descriptions, tags, columns, owners and domains; the last one as you type it (Ctrl+F)</source>
        <translation>Wörter treffen Namen, Beschreibungen, Tags, Spalten, Verantwortliche und Domänen; das letzte schon beim Tippen (Strg+F)</translation>
    </message>
    <message>
        <source>Number of products</source>
        <translation>Anzahl der Produkte</translation>
    </message>
    <message>
        <source>Sort the products by</source>
        <translation>Produkte sortieren nach</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Beste Treffer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · searching…</source>
        <translation>%1 · wird gesucht…</translation>
    </message>
    <message>
        <source>%1+ products, best first</source>
        <translation>%1+ Produkte, beste zuerst</translation>
    </message>
    <message>
        <source>No product matches these filters</source>
        <translation>Kein Produkt passt zu diesen Filtern</translation>
    </message>
    <message>
        <source>No product matches &quot;%1&quot;</source>
        <translation>Kein Produkt passt zu „%1“</translation>
    </message>
    <message>
        <source>Try fewer words or filters. Words match names, descriptions, tags, column names, owners and domains; the last word matches as a prefix.</source>
        <translation>Versuchen Sie es mit weniger Wörtern oder Filtern. Wörter treffen Namen, Beschreibungen, Tags, Spaltennamen, Verantwortliche und Domänen; das letzte Wort auch als Wortanfang.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No products yet</source>
        <translation>Noch keine Produkte</translation>
    </message>
    <message>
        <source>Add a folder of data contracts and products, or load the demo mesh to look around.</source>
        <translation>Fügen Sie einen Ordner mit Datenverträgen und Produkten hinzu, oder laden Sie das Demo-Mesh, um sich umzusehen.</translation>
    </message>
    <message>
        <source>Add local folder…</source>
        <translation>Lokalen Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Load the demo mesh</source>
        <translation>Demo-Mesh laden</translation>
    </message>
    <message>
        <source>Catalog unavailable</source>
        <translation>Katalog nicht verfügbar</translation>
    </message>
    <message>
        <source>The catalog cannot be read</source>
        <translation>Der Katalog kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>tessera::ProductPage</name>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <source>Page of %1</source>
        <translation>Seite von %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>The product &quot;%1&quot; is not in the catalog. It may have been removed from its source, or the link is mistyped.</source>
        <translation>Das Produkt „%1“ ist nicht im Katalog. Es wurde vielleicht aus seiner Quelle entfernt, oder der Link ist falsch geschrieben.</translation>
    </message>
    <message>
        <source>Show the products of %1</source>
        <translation>Die Produkte von %1 anzeigen</translation>
    </message>
    <message>
        <source>updated %1 from %2</source>
        <translation>aktualisiert %1 aus %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard; it opens this page in Tessera</source>
        <translation>%1 in die Zwischenablage kopieren; der Link öffnet diese Seite in Tessera</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). This page shows the copy cached %3.</source>
        <translation>%1 ist nicht erreichbar (%2). Diese Seite zeigt die Kopie, zwischengespeichert %3.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>The product has no description yet.</source>
        <translation>Das Produkt hat noch keine Beschreibung.</translation>
    </message>
    <message>
        <source>Output ports</source>
        <translation>Ausgabe-Ports</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Input ports</source>
        <translation>Eingabe-Ports</translation>
    </message>
    <message>
        <source>From product</source>
        <translation>Von Produkt</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>No SLA measurements have been recorded for this product.</source>
        <translation>Für dieses Produkt wurden keine SLA-Messungen erfasst.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last 30</source>
        <translation>Letzte 30</translation>
    </message>
    <message>
        <source>Measured %1</source>
        <translation>Gemessen %1</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>%1 of %2 rules passed on their latest run</source>
        <translation>%1 von %2 Regeln beim letzten Lauf bestanden</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Latest run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%1% of %n run(s)</source>
        <translation>
            <numerusform>%1 % von %n Lauf</numerusform>
            <numerusform>%1 % von %n Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Connection of %1</source>
        <translation>Verbindung von %1</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Vertrag %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the connection of %1</source>
        <translation>Die Verbindung von %1 kopieren</translation>
    </message>
    <message>
        <source>Team and support</source>
        <translation>Team und Support</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Support channels</source>
        <translation>Support-Kanäle</translation>
    </message>
    <message>
        <source>No team or support channel is named for this product.</source>
        <translation>Für dieses Produkt ist kein Team und kein Support-Kanal genannt.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Show the products tagged %1</source>
        <translation>Die Produkte mit dem Tag %1 anzeigen</translation>
    </message>
    <message>
        <source>More from %1</source>
        <translation>Mehr von %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>built into Tessera</source>
        <translation>in Tessera eingebaut</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Last received %1</source>
        <translation>Zuletzt empfangen %1</translation>
    </message>
    <message>
        <source>Show lineage</source>
        <translation>Datenherkunft zeigen</translation>
    </message>
    <message>
        <source>Where its data comes from and where it goes, down to columns</source>
        <translation>Woher seine Daten kommen und wohin sie gehen, bis hinunter zu den Spalten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Open this version in the contract designer</source>
        <translation>Diese Version im Vertragsdesigner öffnen</translation>
    </message>
    <message>
        <source>Policy findings (%1)</source>
        <translation>Richtlinienbefunde (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) are errors: the mesh&apos;s policies are not met.</source>
        <translation>
            <numerusform>%n Befund ist ein Fehler: Die Richtlinien des Mesh sind nicht erfüllt.</numerusform>
            <numerusform>%n Befunde sind Fehler: Die Richtlinien des Mesh sind nicht erfüllt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings only: worth a look before the next release.</source>
        <translation>Nur Warnungen: vor dem nächsten Release einen Blick wert.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>this product</source>
        <translation>dieses Produkt</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Its service levels and quality over time, against their targets</source>
        <translation>Service-Levels und Qualität im Zeitverlauf, gemessen an ihren Zielen</translation>
    </message>
    <message>
        <source>The contract&apos;s service levels and quality over time, against their targets</source>
        <translation>Service-Level und Qualität des Vertrags im Zeitverlauf, gemessen an ihren Zielen</translation>
    </message>
</context>
<context>
    <name>tessera::QuickOpen</name>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Quick open</source>
        <translation>Schnell öffnen</translation>
    </message>
    <message>
        <source>Go to a product, dataset, contract or column…</source>
        <translation>Zu einem Produkt, Datensatz, Vertrag oder einer Spalte…</translation>
    </message>
    <message>
        <source>Quick open: what to go to</source>
        <translation>Schnell öffnen: wohin</translation>
    </message>
    <message>
        <source>Quick open results</source>
        <translation>Ergebnisse von „Schnell öffnen“</translation>
    </message>
    <message>
        <source>Type to search the whole mesh · ↑↓ to move · Enter to open · Esc to close</source>
        <translation>Tippen durchsucht das ganze Mesh · ↑↓ wechselt · Eingabe öffnet · Esc schließt</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 – %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Enter opens the selected one</source>
        <translation>
            <numerusform>%n Treffer · Eingabe öffnet den gewählten</numerusform>
            <numerusform>%n Treffer · Eingabe öffnet den gewählten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the catalog matches &quot;%1&quot;</source>
        <translation>Nichts im Katalog passt zu „%1“</translation>
    </message>
</context>
<context>
    <name>tessera::ReportWriter</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) checked</source>
        <translation>
            <numerusform>%n Datei geprüft</numerusform>
            <numerusform>%n Dateien geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes between %1 and %2</source>
        <translation>Keine Änderungen zwischen %1 und %2</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Änderungen von %1 zu %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>breaking</source>
        <translation>inkompatibel</translation>
    </message>
    <message>
        <source>not breaking</source>
        <translation>kompatibel</translation>
    </message>
    <message>
        <source>Suggested version: %1 (%2 change from %3)</source>
        <translation>Vorgeschlagene Version: %1 (%2-Änderung gegenüber %3)</translation>
    </message>
    <message>
        <source>The new contract declares version %1, which is lower than that</source>
        <translation>Der neue Vertrag gibt Version %1 an, die niedriger ist</translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::Review</name>
    <message>
        <source>Keeping the review decision on %1 %2</source>
        <translation>Speichern der Prüfentscheidung zu %1 %2</translation>
    </message>
    <message>
        <source>%1: the store has no version %2 of this contract any more.</source>
        <translation>%1: Die Datenbank enthält keine Version %2 dieses Vertrags mehr.</translation>
    </message>
    <message>
        <source>Noting where the review decision went</source>
        <translation>Festhalten, wohin die Prüfentscheidung gesendet wurde</translation>
    </message>
</context>
<context>
    <name>tessera::ReviewQueuePage</name>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <source>Reading the queue…</source>
        <translation>Warteschlange wird gelesen…</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Policy findings</source>
        <translation>Richtlinienbefunde</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the designer at the field</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um den Designer an diesem Feld zu öffnen</translation>
    </message>
    <message>
        <source>Downstream impact</source>
        <translation>Nachgelagerte Auswirkungen</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the product or dataset</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um das Produkt oder den Datensatz zu öffnen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Re&amp;viewer:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>What you checked, or what should change before this goes live</source>
        <translation>Was geprüft wurde oder was sich vor der Veröffentlichung ändern sollte</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Approve this version (Ctrl+Return)</source>
        <translation>Diese Version freigeben (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Request changes</source>
        <translation>Änderungen &amp;anfordern</translation>
    </message>
    <message>
        <source>Send the version back to its owner; the comment says what should change</source>
        <translation>Die Version an ihren Eigentümer zurückgeben; der Kommentar sagt, was sich ändern soll</translation>
    </message>
    <message>
        <source>The selected contract version</source>
        <translation>Die ausgewählte Vertragsversion</translation>
    </message>
    <message>
        <source>Contracts published with the status &quot;proposed&quot; wait here for a governance review.</source>
        <translation>Mit dem Status „proposed“ veröffentlichte Verträge warten hier auf eine Governance-Prüfung.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for review</source>
        <translation>
            <numerusform>%n wartet auf Prüfung</numerusform>
            <numerusform>%n warten auf Prüfung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided</source>
        <translation>
            <numerusform>%n entschieden</numerusform>
            <numerusform>%n entschieden</numerusform>
        </translation>
    </message>
    <message>
        <source>Review queue (%1)</source>
        <translation>Prüfwarteschlange (%1)</translation>
    </message>
    <message>
        <source>Waiting for review (%1)</source>
        <translation>Warten auf Prüfung (%1)</translation>
    </message>
    <message>
        <source>Decided (%1)</source>
        <translation>Entschieden (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>revised</source>
        <translation>überarbeitet</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <source>%1 %2 from %3, in the store since %4</source>
        <translation>%1 %2 aus %3, seit %4 in der Datenbank</translation>
    </message>
    <message>
        <source>Nothing waits for review.

When a data product owner publishes a contract version with the status &quot;proposed&quot; (or &quot;In Review&quot; in OpenMetadata), it appears here with its changes, its policy findings and the products it would affect downstream.</source>
        <translation>Nichts wartet auf Prüfung.

Sobald der Eigentümer eines Datenprodukts eine Vertragsversion mit dem Status „proposed“ (oder „In Review“ in OpenMetadata) veröffentlicht, erscheint sie hier mit ihren Änderungen, ihren Richtlinienbefunden und den nachgelagerten Produkten, die sie betreffen würde.</translation>
    </message>
    <message>
        <source>Nothing waits for review. Pick a decided version on the left to see it again.</source>
        <translation>Nichts wartet auf Prüfung. Links eine entschiedene Version wählen, um sie erneut anzusehen.</translation>
    </message>
    <message>
        <source>This contract version is no longer in the catalog.</source>
        <translation>Diese Vertragsversion ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>domain %1</source>
        <translation>Domäne %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>Eigentümer %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>eingereicht %1</translation>
    </message>
    <message>
        <source>Open in the designer</source>
        <translation>Im Designer öffnen</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <source>A new contract: nothing depends on it yet.</source>
        <translation>Ein neuer Vertrag: Noch hängt nichts von ihm ab.</translation>
    </message>
    <message>
        <source>Replaces %1: %2</source>
        <translation>Ersetzt %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n schema error(s)</source>
        <translation>
            <numerusform>%n Schemafehler</numerusform>
            <numerusform>%n Schemafehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents (%1)</source>
        <translation>Inhalt (%1)</translation>
    </message>
    <message>
        <source>Changes against %1 (%2)</source>
        <translation>Änderungen gegenüber %1 (%2)</translation>
    </message>
    <message>
        <source>Policy findings (%1)</source>
        <translation>Richtlinienbefunde (%1)</translation>
    </message>
    <message>
        <source>The organisation&apos;s policies find nothing here.</source>
        <translation>Die Richtlinien der Organisation beanstanden hier nichts.</translation>
    </message>
    <message>
        <source>Dataset %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>reads it directly</source>
        <translation>liest direkt</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) downstream</source>
        <translation>
            <numerusform>%n Schritt nachgelagert</numerusform>
            <numerusform>%n Schritte nachgelagert</numerusform>
        </translation>
    </message>
    <message>
        <source>Downstream impact (%1)</source>
        <translation>Nachgelagerte Auswirkungen (%1)</translation>
    </message>
    <message>
        <source>No breaking change: consumers downstream keep working.</source>
        <translation>Keine inkompatible Änderung: Nachgelagerte Konsumenten funktionieren weiter.</translation>
    </message>
    <message>
        <source>Breaking, but nothing in the catalog reads this contract&apos;s data.</source>
        <translation>Inkompatibel, aber nichts im Katalog liest die Daten dieses Vertrags.</translation>
    </message>
    <message numerus="yes">
        <source>The breaking changes reach %n product(s) downstream; tell their owners: %1.</source>
        <translation>
            <numerusform>Die inkompatiblen Änderungen erreichen %n nachgelagertes Produkt; Eigentümer informieren: %1.</numerusform>
            <numerusform>Die inkompatiblen Änderungen erreichen %n nachgelagerte Produkte; Eigentümer informieren: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 von %2, %3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>sent to %1 with the next sync</source>
        <translation>wird bei der nächsten Synchronisierung an %1 gesendet</translation>
    </message>
    <message>
        <source>last try: %1</source>
        <translation>letzter Versuch: %1</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>an %1 gesendet</translation>
    </message>
    <message>
        <source>%1 refused it: %2</source>
        <translation>%1 hat sie abgelehnt: %2</translation>
    </message>
    <message>
        <source>kept in Tessera</source>
        <translation>in Tessera gespeichert</translation>
    </message>
    <message>
        <source>Revised since the last decision: it waits for a new one.</source>
        <translation>Seit der letzten Entscheidung überarbeitet: Eine neue Entscheidung steht aus.</translation>
    </message>
    <message>
        <source>The decision is kept in Tessera at once, also offline, and sets the contract&apos;s status in %1 with the next sync.</source>
        <translation>Die Entscheidung wird sofort in Tessera gespeichert, auch offline, und setzt bei der nächsten Synchronisierung den Status des Vertrags in %1.</translation>
    </message>
    <message>
        <source>The decision is kept in Tessera; %1 does not take review decisions, so tell the owner, who publishes the approved version as active.</source>
        <translation>Die Entscheidung wird in Tessera gespeichert; %1 nimmt keine Prüfentscheidungen entgegen, daher den Eigentümer informieren, der die freigegebene Version als aktiv veröffentlicht.</translation>
    </message>
    <message>
        <source>&amp;Approve again</source>
        <translation>Erneut &amp;freigeben</translation>
    </message>
    <message>
        <source>&amp;Request changes again</source>
        <translation>Erneut Änderungen &amp;anfordern</translation>
    </message>
    <message>
        <source>Say in the comment what should change.</source>
        <translation>Im Kommentar angeben, was sich ändern soll.</translation>
    </message>
    <message>
        <source>Keeping the decision…</source>
        <translation>Entscheidung wird gespeichert…</translation>
    </message>
    <message>
        <source>The store cannot be opened.</source>
        <translation>Die Datenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Pick a contract version on the left to review it.</source>
        <translation>Links eine Vertragsversion wählen, um sie zu prüfen.</translation>
    </message>
</context>
<context>
    <name>tessera::SchemaValidator</name>
    <message>
        <source>The JSON Schema cannot be used: %1</source>
        <translation>Das JSON-Schema ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Unknown property &quot;%1&quot;: the standard does not define it here</source>
        <translation>Unbekannte Eigenschaft „%1“: Der Standard definiert sie hier nicht</translation>
    </message>
    <message>
        <source>(did you mean &quot;%1&quot;?)</source>
        <translation>(meinten Sie „%1“?)</translation>
    </message>
    <message>
        <source>(custom fields belong in customProperties)</source>
        <translation>(eigene Felder gehören in customProperties)</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; is not allowed here</source>
        <translation>Eigenschaft „%1“ ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>No alternative of &quot;%1&quot; fits: each has properties it does not define</source>
        <translation>Keine Alternative von „%1“ passt: Jede enthält Eigenschaften, die sie nicht definiert</translation>
    </message>
    <message>
        <source>(the standard uses it elsewhere, not at this place)</source>
        <translation>(der Standard verwendet es an anderer Stelle, nicht hier)</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>der Text „%1“</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>die Zahl %1</translation>
    </message>
    <message>
        <source>the value %1</source>
        <translation>der Wert %1</translation>
    </message>
    <message>
        <source>an empty value (null)</source>
        <translation>ein leerer Wert (null)</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>Missing required property &quot;%1&quot;</source>
        <translation>Pflichteigenschaft „%1“ fehlt</translation>
    </message>
    <message>
        <source>Wrong type: found %1</source>
        <translation>Falscher Typ: gefunden wurde %1</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values</source>
        <translation>%1 ist keiner der erlaubten Werte</translation>
    </message>
    <message>
        <source>%1 is not the value required here</source>
        <translation>%1 ist nicht der hier geforderte Wert</translation>
    </message>
    <message>
        <source>%1 does not have the required form</source>
        <translation>%1 hat nicht die geforderte Form</translation>
    </message>
    <message>
        <source>Needs one of: %1</source>
        <translation>Benötigt eines von: %1</translation>
    </message>
    <message>
        <source>Wrong type: found %1, expected %2</source>
        <translation>Falscher Typ: gefunden wurde %1, erwartet %2</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values: %2</source>
        <translation>%1 ist keiner der erlaubten Werte: %2</translation>
    </message>
    <message>
        <source>%1 is not the value required here (%2)</source>
        <translation>%1 ist nicht der hier geforderte Wert (%2)</translation>
    </message>
    <message>
        <source>%1 is below the minimum of %2</source>
        <translation>%1 liegt unter dem Minimum von %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum of %2</source>
        <translation>%1 liegt über dem Maximum von %2</translation>
    </message>
    <message>
        <source>%1 must be greater than %2</source>
        <translation>%1 muss größer als %2 sein</translation>
    </message>
    <message>
        <source>%1 must be less than %2</source>
        <translation>%1 muss kleiner als %2 sein</translation>
    </message>
    <message>
        <source>%1 is not a multiple of %2</source>
        <translation>%1 ist kein Vielfaches von %2</translation>
    </message>
    <message>
        <source>%1 is too short</source>
        <translation>%1 ist zu kurz</translation>
    </message>
    <message>
        <source>%1 is too long</source>
        <translation>%1 ist zu lang</translation>
    </message>
    <message>
        <source>The list has too few items</source>
        <translation>Die Liste hat zu wenige Einträge</translation>
    </message>
    <message>
        <source>The list has too many items</source>
        <translation>Die Liste hat zu viele Einträge</translation>
    </message>
    <message>
        <source>The list has the same item more than once</source>
        <translation>Die Liste enthält denselben Eintrag mehrfach</translation>
    </message>
    <message>
        <source>The list has no item of the kind required here</source>
        <translation>Die Liste hat keinen Eintrag der hier geforderten Art</translation>
    </message>
    <message>
        <source>The mapping has too few entries</source>
        <translation>Das Mapping hat zu wenige Einträge</translation>
    </message>
    <message>
        <source>The mapping has too many entries</source>
        <translation>Das Mapping hat zu viele Einträge</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; is required when &quot;%2&quot; is present</source>
        <translation>Eigenschaft „%1“ ist Pflicht, wenn „%2“ vorhanden ist</translation>
    </message>
    <message>
        <source>The property name &quot;%1&quot; is not allowed</source>
        <translation>Der Eigenschaftsname „%1“ ist nicht erlaubt</translation>
    </message>
    <message>
        <source>%1 is not allowed here</source>
        <translation>%1 ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>%1 fits more than one of the alternatives, where exactly one must fit</source>
        <translation>%1 passt zu mehr als einer Alternative, es darf aber genau eine passen</translation>
    </message>
    <message>
        <source>The schema refers to itself without end here</source>
        <translation>Das Schema verweist hier endlos auf sich selbst</translation>
    </message>
    <message>
        <source>Does not match the standard&apos;s &quot;%1&quot; rule here</source>
        <translation>Entspricht hier nicht der Regel „%1“ des Standards</translation>
    </message>
</context>
<context>
    <name>tessera::SemanticRules</name>
    <message>
        <source>Version &quot;%1&quot; is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0)</source>
        <translation>Version „%1“ ist keine semantische Version (MAJOR.MINOR.PATCH, z. B. 1.2.0)</translation>
    </message>
    <message>
        <source>Schema object &quot;%1&quot; is defined twice (first at schema[%2])</source>
        <translation>Schemaobjekt „%1“ ist doppelt definiert (zuerst bei schema[%2])</translation>
    </message>
    <message>
        <source>Property &quot;%1&quot; appears twice in &quot;%2&quot;</source>
        <translation>Eigenschaft „%1“ kommt in „%2“ doppelt vor</translation>
    </message>
    <message>
        <source>Primary key position %1 is used twice in &quot;%2&quot;</source>
        <translation>Primärschlüsselposition %1 wird in „%2“ doppelt verwendet</translation>
    </message>
    <message>
        <source>Primary key positions in &quot;%1&quot; skip from %2 to %3</source>
        <translation>Die Primärschlüsselpositionen in „%1“ springen von %2 auf %3</translation>
    </message>
    <message>
        <source>Quality rule &quot;%1&quot; has no operator (mustBe, mustBeGreaterThan, mustBeBetween, ...)</source>
        <translation>Qualitätsregel „%1“ hat keinen Operator (mustBe, mustBeGreaterThan, mustBeBetween, ...)</translation>
    </message>
    <message>
        <source>Quality rule &quot;%1&quot; has %2 operators (%3); use exactly one</source>
        <translation>Qualitätsregel „%1“ hat %2 Operatoren (%3); verwenden Sie genau einen</translation>
    </message>
    <message>
        <source>Relationship points at &quot;%1&quot;, but that property does not exist</source>
        <translation>Beziehung verweist auf „%1“, aber diese Eigenschaft gibt es nicht</translation>
    </message>
    <message>
        <source>Relationship points at &quot;%1&quot;, a schema object outside this contract</source>
        <translation>Beziehung verweist auf „%1“, ein Schemaobjekt außerhalb dieses Vertrags</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; is %2 %, outside 0–100 %</source>
        <translation>SLA „%1“ beträgt %2 %, außerhalb von 0–100 %</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; has unit &quot;%2&quot;, which is not a time unit (use d, h, m, s, ms, y, ...)</source>
        <translation>SLA „%1“ hat die Einheit „%2“, die keine Zeiteinheit ist (verwenden Sie d, h, m, s, ms, y, ...)</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; is negative (%2)</source>
        <translation>SLA „%1“ ist negativ (%2)</translation>
    </message>
    <message>
        <source>SLA &quot;%1&quot; should be a number with a unit, not the text &quot;%2&quot;</source>
        <translation>SLA „%1“ sollte eine Zahl mit Einheit sein, nicht der Text „%2“</translation>
    </message>
    <message>
        <source>Team member %1 has no username</source>
        <translation>Teammitglied %1 hat keinen Benutzernamen</translation>
    </message>
    <message>
        <source>Server &quot;%1&quot; is defined twice (first at servers[%2])</source>
        <translation>Server „%1“ ist doppelt definiert (zuerst bei servers[%2])</translation>
    </message>
    <message>
        <source>Two schema objects have the same name</source>
        <translation>Zwei Schemaobjekte haben denselben Namen</translation>
    </message>
    <message>
        <source>Two properties of one object have the same name</source>
        <translation>Zwei Eigenschaften eines Objekts haben denselben Namen</translation>
    </message>
    <message>
        <source>Two properties of one object have the same primaryKeyPosition</source>
        <translation>Zwei Eigenschaften eines Objekts haben dieselbe primaryKeyPosition</translation>
    </message>
    <message>
        <source>primaryKeyPosition values do not count 1, 2, 3, ...</source>
        <translation>Die primaryKeyPosition-Werte zählen nicht 1, 2, 3, ...</translation>
    </message>
    <message>
        <source>A library or SQL quality rule has no operator, or more than one</source>
        <translation>Eine Bibliotheks- oder SQL-Qualitätsregel hat keinen oder mehr als einen Operator</translation>
    </message>
    <message>
        <source>An availability or percentage SLA lies outside 0–100 %</source>
        <translation>Ein Verfügbarkeits- oder Prozent-SLA liegt außerhalb von 0–100 %</translation>
    </message>
    <message>
        <source>A duration SLA (latency, retention, frequency, ...) has no time unit</source>
        <translation>Ein Dauer-SLA (Latenz, Aufbewahrung, Frequenz, ...) hat keine Zeiteinheit</translation>
    </message>
    <message>
        <source>A duration SLA is negative</source>
        <translation>Ein Dauer-SLA ist negativ</translation>
    </message>
    <message>
        <source>A duration SLA is text rather than a number</source>
        <translation>Ein Dauer-SLA ist Text statt einer Zahl</translation>
    </message>
    <message>
        <source>The contract version is not a semantic version</source>
        <translation>Die Vertragsversion ist keine semantische Version</translation>
    </message>
    <message>
        <source>A team member has no username</source>
        <translation>Ein Teammitglied hat keinen Benutzernamen</translation>
    </message>
    <message>
        <source>A relationship points at a property that does not exist in its schema object</source>
        <translation>Eine Beziehung verweist auf eine Eigenschaft, die es in ihrem Schemaobjekt nicht gibt</translation>
    </message>
    <message>
        <source>A relationship points at a schema object outside this contract</source>
        <translation>Eine Beziehung verweist auf ein Schemaobjekt außerhalb dieses Vertrags</translation>
    </message>
    <message>
        <source>Two servers have the same name</source>
        <translation>Zwei Server haben denselben Namen</translation>
    </message>
</context>
<context>
    <name>tessera::Sidebar</name>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>%1 section</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>aufgeklappt</translation>
    </message>
    <message>
        <source>collapsed</source>
        <translation>zugeklappt</translation>
    </message>
    <message>
        <source>importing…</source>
        <translation>wird importiert…</translation>
    </message>
    <message>
        <source>offline, cached %1</source>
        <translation>offline, zwischengespeichert %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2
Last read %3</source>
        <translation>%1
%2
Zuletzt gelesen %3</translation>
    </message>
    <message>
        <source>built into Tessera</source>
        <translation>in Tessera eingebaut</translation>
    </message>
    <message>
        <source>No sources yet</source>
        <translation>Noch keine Quellen</translation>
    </message>
</context>
<context>
    <name>tessera::SourceDocument</name>
    <message>
        <source>Is a folder, not a file</source>
        <translation>Ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB; contracts are limited to %2 MB)</source>
        <translation>Die Datei ist zu groß (%1 MB; Verträge dürfen höchstens %2 MB groß sein)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The text is too large (%1 MB; contracts are limited to %2 MB)</source>
        <translation>Der Text ist zu groß (%1 MB; Verträge dürfen höchstens %2 MB groß sein)</translation>
    </message>
    <message>
        <source>This is a binary file, not YAML or JSON text (byte 0x%1 at offset %2)</source>
        <translation>Dies ist eine Binärdatei, kein YAML- oder JSON-Text (Byte 0x%1 an Position %2)</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>The document is nested more than %1 levels deep</source>
        <translation>Das Dokument ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>tessera::SourceStatus</name>
    <message>
        <source>%1 · importing…</source>
        <translation>%1 · wird importiert…</translation>
    </message>
    <message>
        <source>%1 · offline, cached %2</source>
        <translation>%1 · offline, zwischengespeichert %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>built into Tessera</source>
        <translation>in Tessera eingebaut</translation>
    </message>
    <message>
        <source>%1
%2
Last read %3 (%4)</source>
        <translation>%1
%2
Zuletzt gelesen %3 (%4)</translation>
    </message>
    <message>
        <source>Last read %1</source>
        <translation>Zuletzt gelesen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n Vertrag</numerusform>
            <numerusform>%n Verträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Show its products</source>
        <translation>Ihre Produkte anzeigen</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>Erneut importieren</translation>
    </message>
    <message>
        <source>%1 · syncing…</source>
        <translation>%1 · wird synchronisiert…</translation>
    </message>
    <message>
        <source>%1 · offline</source>
        <translation>%1 · offline</translation>
    </message>
    <message>
        <source>%1 · sync failed</source>
        <translation>%1 · Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 · conflict</source>
        <translation>%1 · Konflikt</translation>
    </message>
    <message>
        <source>%1 · not synced yet</source>
        <translation>%1 · noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Zuletzt synchronisiert %1</translation>
    </message>
    <message>
        <source>Offline — cached data stays browsable. %1.</source>
        <translation>Offline — zwischengespeicherte Daten bleiben einsehbar. %1.</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Die letzte Synchronisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>A change you published met a newer version: %1</source>
        <translation>Eine veröffentlichte Änderung traf auf eine neuere Version: %1</translation>
    </message>
    <message>
        <source>The last sync was cancelled. %1.</source>
        <translation>Die letzte Synchronisierung wurde abgebrochen. %1.</translation>
    </message>
    <message>
        <source>%1 (%2)
%3
%4</source>
        <translation>%1 (%2)
%3
%4</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Verbindungen…</translation>
    </message>
</context>
<context>
    <name>tessera::Sparkline</name>
    <message numerus="yes">
        <source>Last %n value(s): from %1 to %2, latest %3</source>
        <translation>
            <numerusform>Letzter Wert: %3 (von %1 bis %2)</numerusform>
            <numerusform>Letzte %n Werte: von %1 bis %2, zuletzt %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::Store</name>
    <message>
        <source>The store cannot be opened</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The store was written by a newer Tessera</source>
        <translation>Die Datenbank wurde von einer neueren Tessera-Version geschrieben</translation>
    </message>
    <message>
        <source>The store is in use by another program</source>
        <translation>Die Datenbank wird von einem anderen Programm verwendet</translation>
    </message>
    <message>
        <source>The store cannot be written</source>
        <translation>In die Datenbank kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>The store reported an error</source>
        <translation>Die Datenbank hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing was changed; free some space and try again.</source>
        <translation>Es wurde nichts geändert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the store</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>There is no store at %1 yet; import a source first</source>
        <translation>Unter %1 gibt es noch keine Datenbank; importieren Sie zuerst eine Quelle</translation>
    </message>
    <message>
        <source>%1 is not a Tessera store (damaged or another kind of file)</source>
        <translation>%1 ist keine Tessera-Datenbank (beschädigt oder eine andere Art von Datei)</translation>
    </message>
    <message>
        <source>%1 is damaged and could not be moved aside; nothing was changed</source>
        <translation>%1 ist beschädigt und konnte nicht beiseitegelegt werden; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>The store %1 was damaged. It was kept as %2 and a new, empty store was begun.</source>
        <translation>Die Datenbank %1 war beschädigt. Sie wurde als %2 aufbewahrt, und eine neue, leere Datenbank wurde angelegt.</translation>
    </message>
    <message>
        <source>%1 is truncated and could not be replaced; nothing was changed</source>
        <translation>%1 ist abgeschnitten und konnte nicht ersetzt werden; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>The store %1 was truncated. It was kept as %2 and a new, empty store was begun.</source>
        <translation>Die Datenbank %1 war abgeschnitten. Sie wurde als %2 aufbewahrt, und eine neue, leere Datenbank wurde angelegt.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tessera (store version %2, this one reads %3). It was left untouched; update Tessera to open it.</source>
        <translation>%1 wurde von einer neueren Version von Tessera geschrieben (Datenbankversion %2, diese Version liest %3). Die Datei bleibt unverändert; aktualisieren Sie Tessera, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, which a read-only open cannot do</source>
        <translation>%1 muss aktualisiert werden, was beim schreibgeschützten Öffnen nicht möglich ist</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build</source>
        <translation>Migration %1 fehlt in diesem Build</translation>
    </message>
    <message>
        <source>Upgrading %1 to version %2</source>
        <translation>Aktualisieren von %1 auf Version %2</translation>
    </message>
    <message>
        <source>Adding the source %1</source>
        <translation>Hinzufügen der Quelle %1</translation>
    </message>
    <message>
        <source>Importing into %1</source>
        <translation>Importieren in %1</translation>
    </message>
    <message>
        <source>Close the other Tessera window or stop the other tessera-cli command, then try again.</source>
        <translation>Schließen Sie das andere Tessera-Fenster oder beenden Sie den anderen tessera-cli-Befehl und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The store is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>%1 cannot be searched: this SQLite has no full-text search (FTS5)</source>
        <translation>%1 kann nicht durchsucht werden: Dieses SQLite hat keine Volltextsuche (FTS5)</translation>
    </message>
    <message>
        <source>The store %1 is on a read-only disk or in a read-only file. It was left untouched; it can only be read (for example with tessera-cli search).</source>
        <translation>Die Datenbank %1 liegt auf einem schreibgeschützten Datenträger oder in einer schreibgeschützten Datei. Sie blieb unverändert und kann nur gelesen werden (zum Beispiel mit tessera-cli search).</translation>
    </message>
    <message>
        <source>Saving the draft of %1</source>
        <translation>Speichern des Entwurfs von %1</translation>
    </message>
    <message>
        <source>Closing a draft</source>
        <translation>Schließen eines Entwurfs</translation>
    </message>
    <message>
        <source>Keeping a version of %1</source>
        <translation>Festhalten einer Version von %1</translation>
    </message>
    <message>
        <source>Queueing a change for a catalog</source>
        <translation>Eine Änderung für einen Katalog vormerken</translation>
    </message>
    <message>
        <source>There is a source called &quot;%1&quot; already.</source>
        <translation>Es gibt bereits eine Quelle namens „%1“.</translation>
    </message>
    <message>
        <source>The source &quot;%1&quot; reads %2 already.</source>
        <translation>Die Quelle „%1“ liest bereits %2.</translation>
    </message>
    <message>
        <source>Changing the source %1</source>
        <translation>Ändern der Quelle %1</translation>
    </message>
    <message>
        <source>Recording a sync</source>
        <translation>Erfassen einer Synchronisierung</translation>
    </message>
    <message>
        <source>Removing a sent change</source>
        <translation>Entfernen einer gesendeten Änderung</translation>
    </message>
    <message>
        <source>Recording a failed send</source>
        <translation>Erfassen eines fehlgeschlagenen Sendeversuchs</translation>
    </message>
    <message>
        <source>Removing the source %1</source>
        <translation>Entfernen der Quelle %1</translation>
    </message>
</context>
<context>
    <name>tessera::Style</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>außer Betrieb</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::SyncEngine</name>
    <message>
        <source>There is no source called &quot;%1&quot;.</source>
        <translation>Es gibt keine Quelle namens „%1“.</translation>
    </message>
    <message>
        <source>Reading the folder</source>
        <translation>Ordner wird gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read again</source>
        <translation>
            <numerusform>%n Datei erneut gelesen</numerusform>
            <numerusform>%n Dateien erneut gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s)</source>
        <translation>
            <numerusform>%1: %n Problem</numerusform>
            <numerusform>%1: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Tessera cannot read sources of the kind &quot;%1&quot;.</source>
        <translation>Tessera kann keine Quellen der Art „%1“ lesen.</translation>
    </message>
    <message>
        <source>%1 sent an answer Tessera cannot read (%2).</source>
        <translation>%1 hat eine Antwort gesendet, die Tessera nicht lesen kann (%2).</translation>
    </message>
    <message>
        <source>%1 What was synced before stays browsable.</source>
        <translation>%1 Bisher Synchronisiertes bleibt einsehbar.</translation>
    </message>
    <message numerus="yes">
        <source>, %n contract(s) sent</source>
        <translation>
            <numerusform>, %n Vertrag gesendet</numerusform>
            <numerusform>, %n Verträge gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n conflict(s) to resolve</source>
        <translation>
            <numerusform>, %n Konflikt zu lösen</numerusform>
            <numerusform>, %n Konflikte zu lösen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n contract(s) not sent</source>
        <translation>
            <numerusform>, %n Vertrag nicht gesendet</numerusform>
            <numerusform>, %n Verträge nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n problem(s) noted</source>
        <translation>
            <numerusform>, %n Problem festgestellt</numerusform>
            <numerusform>, %n Probleme festgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not accept contracts.</source>
        <translation>%1 nimmt keine Verträge an.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n changed entity(s) kept.</source>
        <translation>
            <numerusform>Abgebrochen; %n geänderte Entität behalten.</numerusform>
            <numerusform>Abgebrochen; %n geänderte Entitäten behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s) new or changed</source>
        <translation>
            <numerusform>%n Entität neu oder geändert</numerusform>
            <numerusform>%n Entitäten neu oder geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>%1 is not there; what was read from it before stays browsable.</source>
        <translation>%1 ist nicht vorhanden; was zuvor daraus gelesen wurde, bleibt einsehbar.</translation>
    </message>
    <message numerus="yes">
        <source>, %n review decision(s) sent</source>
        <translation>
            <numerusform>, %n Prüfentscheidung gesendet</numerusform>
            <numerusform>, %n Prüfentscheidungen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n review decision(s) not sent</source>
        <translation>
            <numerusform>, %n Prüfentscheidung nicht gesendet</numerusform>
            <numerusform>, %n Prüfentscheidungen nicht gesendet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::TokenDialog</name>
    <message>
        <source>Token for %1</source>
        <translation>Token für %1</translation>
    </message>
    <message>
        <source>%1 asks for a token</source>
        <translation>%1 verlangt ein Token</translation>
    </message>
    <message>
        <source>%1 refused the sync without a token, and there is no keychain to read one from: %2

The token you enter is kept in memory only, until Tessera quits; Tessera asks again on the next start.</source>
        <translation>%1 hat die Synchronisierung ohne Token abgelehnt, und es gibt keinen Schlüsselbund, aus dem eines gelesen werden könnte: %2

Das hier eingegebene Token wird nur im Speicher gehalten, bis Tessera beendet wird; beim nächsten Start fragt Tessera erneut.</translation>
    </message>
    <message>
        <source>Bearer token or personal access token</source>
        <translation>Bearer-Token oder persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Sync with this token</source>
        <translation>Mit diesem Token synchronisieren</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>tessera::YamlReader</name>
    <message>
        <source>A mapping key must be a plain value, not a list or a mapping</source>
        <translation>Ein Mapping-Schlüssel muss ein einfacher Wert sein, keine Liste und kein Mapping</translation>
    </message>
    <message>
        <source>Duplicate key &quot;%1&quot;</source>
        <translation>Doppelter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>Not valid YAML: %1</source>
        <translation>Kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>The document is empty</source>
        <translation>Das Dokument ist leer</translation>
    </message>
    <message>
        <source>The document is nested more than %1 levels deep</source>
        <translation>Das Dokument ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>The document has more than %1 nodes</source>
        <translation>Das Dokument hat mehr als %1 Knoten</translation>
    </message>
    <message>
        <source>Unknown alias &quot;*%1&quot;</source>
        <translation>Unbekannter Alias „*%1“</translation>
    </message>
    <message>
        <source>Aliases expand to more than %1 nodes (an alias bomb?); alias &quot;*%2&quot;</source>
        <translation>Aliase expandieren zu mehr als %1 Knoten (eine Alias-Bombe?); Alias „*%2“</translation>
    </message>
    <message>
        <source>Out of memory while reading the document</source>
        <translation>Nicht genug Speicher beim Lesen des Dokuments</translation>
    </message>
</context>
<context>
    <name>tessera::cli</name>
    <message>
        <source>Output format: text (default), json or junit.</source>
        <translation>Ausgabeformat: text (Standard), json oder junit.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>tessera-cli %1: %2</source>
        <translation>tessera-cli %1: %2</translation>
    </message>
    <message>
        <source>Run &quot;tessera-cli %1 --help&quot; for usage.</source>
        <translation>Hinweise zur Verwendung: „tessera-cli %1 --help“.</translation>
    </message>
    <message>
        <source>tessera-cli %1: unknown format &quot;%2&quot; (use text, json or junit)</source>
        <translation>tessera-cli %1: unbekanntes Format „%2“ (verwenden Sie text, json oder junit)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>ODCS contracts (YAML or JSON) to check.</source>
        <translation>Zu prüfende ODCS-Verträge (YAML oder JSON).</translation>
    </message>
    <message>
        <source>Checks ODCS contracts against the official JSON Schema (chosen by apiVersion) and Tessera&apos;s semantic rules.
Exit code: 0 valid (warnings allowed), 1 errors found, 2 unreadable input or wrong usage.</source>
        <translation>Prüft ODCS-Verträge gegen das offizielle JSON-Schema (gewählt nach apiVersion) und die semantischen Regeln von Tessera.
Exit-Code: 0 gültig (Warnungen erlaubt), 1 Fehler gefunden, 2 unlesbare Eingabe oder falsche Verwendung.</translation>
    </message>
    <message>
        <source>tessera-cli lint: no files given</source>
        <translation>tessera-cli lint: keine Dateien angegeben</translation>
    </message>
    <message>
        <source>tessera-cli %1: expected two files, OLD and NEW</source>
        <translation>tessera-cli %1: zwei Dateien erwartet, OLD und NEW</translation>
    </message>
    <message>
        <source>not a data contract (expected a mapping at the top)</source>
        <translation>kein Datenvertrag (auf oberster Ebene wird ein Mapping erwartet)</translation>
    </message>
    <message>
        <source>The earlier contract.</source>
        <translation>Der frühere Vertrag.</translation>
    </message>
    <message>
        <source>The later contract.</source>
        <translation>Der spätere Vertrag.</translation>
    </message>
    <message>
        <source>Classifies the changes between two versions of a contract (error = breaking, warning, info) and suggests the next version.
Exit code: 1 when the change is breaking, else 0; 2 when a file is unreadable.</source>
        <translation>Stuft die Änderungen zwischen zwei Versionen eines Vertrags ein (error = inkompatibel, warning, info) und schlägt die nächste Version vor.
Exit-Code: 1, wenn die Änderung inkompatibel ist, sonst 0; 2, wenn eine Datei nicht lesbar ist.</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>Target format: yaml or json.</source>
        <translation>Zielformat: yaml oder json.</translation>
    </message>
    <message>
        <source>Write to this file (replaced atomically) instead of standard output.</source>
        <translation>In diese Datei schreiben (atomar ersetzt) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>The contract to convert.</source>
        <translation>Der umzuwandelnde Vertrag.</translation>
    </message>
    <message>
        <source>tessera-cli convert: --to must be yaml or json</source>
        <translation>tessera-cli convert: --to muss yaml oder json sein</translation>
    </message>
    <message>
        <source>tessera-cli convert: expected one file</source>
        <translation>tessera-cli convert: eine Datei erwartet</translation>
    </message>
    <message>
        <source>tessera-cli convert: the document could not be written</source>
        <translation>tessera-cli convert: das Dokument konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Change nothing; exit 1 when a file is not in canonical form.</source>
        <translation>Nichts ändern; mit 1 beenden, wenn eine Datei nicht in kanonischer Form ist.</translation>
    </message>
    <message>
        <source>Rewrite YAML files even though their comments will be lost.</source>
        <translation>YAML-Dateien neu schreiben, obwohl ihre Kommentare verloren gehen.</translation>
    </message>
    <message>
        <source>Contracts to rewrite in place.</source>
        <translation>Verträge, die an Ort und Stelle neu geschrieben werden.</translation>
    </message>
    <message>
        <source>Rewrites contracts in canonical form: the standard&apos;s section order, two-space indentation, quoting only where needed. YAML stays YAML, JSON stays JSON. Files are replaced atomically.
A YAML file with comments is left alone unless --drop-comments is given (libyaml does not keep comments).
Exit code: 0; 1 with --check when a file would change; 2 when a file is unreadable or cannot be written.</source>
        <translation>Schreibt Verträge in kanonischer Form neu: Abschnittsreihenfolge des Standards, Einrückung mit zwei Leerzeichen, Anführungszeichen nur wo nötig. YAML bleibt YAML, JSON bleibt JSON. Dateien werden atomar ersetzt.
Eine YAML-Datei mit Kommentaren bleibt unverändert, außer --drop-comments ist angegeben (libyaml behält keine Kommentare).
Exit-Code: 0; 1 mit --check, wenn sich eine Datei ändern würde; 2, wenn eine Datei nicht lesbar ist oder nicht geschrieben werden kann.</translation>
    </message>
    <message>
        <source>tessera-cli fmt: no files given</source>
        <translation>tessera-cli fmt: keine Dateien angegeben</translation>
    </message>
    <message>
        <source>the document could not be written</source>
        <translation>das Dokument konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: not in canonical form</source>
        <translation>%1: nicht in kanonischer Form</translation>
    </message>
    <message>
        <source>has comments that formatting would drop; left unchanged (use --drop-comments to format anyway)</source>
        <translation>enthält Kommentare, die beim Formatieren verloren gingen; unverändert gelassen (mit --drop-comments trotzdem formatieren)</translation>
    </message>
    <message>
        <source>%1: formatted</source>
        <translation>%1: formatiert</translation>
    </message>
    <message>
        <source>Check contracts against the ODCS schema and semantic rules</source>
        <translation>Verträge gegen das ODCS-Schema und die semantischen Regeln prüfen</translation>
    </message>
    <message>
        <source>List the changes between two versions of a contract</source>
        <translation>Die Änderungen zwischen zwei Versionen eines Vertrags auflisten</translation>
    </message>
    <message>
        <source>Classify changes as breaking or not; suggest the next version</source>
        <translation>Änderungen als inkompatibel oder kompatibel einstufen; nächste Version vorschlagen</translation>
    </message>
    <message>
        <source>Convert a contract between YAML and JSON</source>
        <translation>Einen Vertrag zwischen YAML und JSON umwandeln</translation>
    </message>
    <message>
        <source>Rewrite contracts in canonical order</source>
        <translation>Verträge in kanonischer Reihenfolge neu schreiben</translation>
    </message>
    <message>
        <source>Usage: tessera-cli [--lang CODE] COMMAND [OPTIONS] [ARGS]</source>
        <translation>Aufruf: tessera-cli [--lang CODE] BEFEHL [OPTIONEN] [ARGUMENTE]</translation>
    </message>
    <message>
        <source>The contract core of Tessera for scripts and CI pipelines.</source>
        <translation>Der Vertragskern von Tessera für Skripte und CI-Pipelines.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Die Version anzeigen</translation>
    </message>
    <message>
        <source>Language of messages (e.g. de, pl); default: the system&apos;s</source>
        <translation>Sprache der Meldungen (z. B. de, pl); Standard: die des Systems</translation>
    </message>
    <message>
        <source>Run &quot;tessera-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls zeigt „tessera-cli BEFEHL --help“.</translation>
    </message>
    <message>
        <source>tessera-cli: unknown command &quot;%1&quot;</source>
        <translation>tessera-cli: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>tessera-cli: internal error: %1</source>
        <translation>tessera-cli: interner Fehler: %1</translation>
    </message>
    <message>
        <source>Lists what changed between two versions of a contract: added, removed and updated fields with old and new values. List items are matched by name, not by position. DCS files are imported into ODCS first.
Exit code: 0, or 2 when a file is unreadable.</source>
        <translation>Listet auf, was sich zwischen zwei Versionen eines Vertrags geändert hat: hinzugefügte, entfernte und geänderte Felder mit altem und neuem Wert. Listeneinträge werden nach Namen zugeordnet, nicht nach Position. DCS-Dateien werden zuerst nach ODCS importiert.
Exit-Code: 0, oder 2, wenn eine Datei nicht lesbar ist.</translation>
    </message>
    <message>
        <source>Converts a contract between YAML and JSON, in the standard&apos;s section order. A Data Contract Specification (DCS) file is imported into ODCS v3.1.0 on the way. YAML comments are not carried over.
Exit code: 0, or 2 when the input is unreadable or the usage is wrong.</source>
        <translation>Wandelt einen Vertrag zwischen YAML und JSON um, in der Abschnittsreihenfolge des Standards. Eine Datei im Format Data Contract Specification (DCS) wird dabei nach ODCS v3.1.0 importiert. YAML-Kommentare werden nicht übernommen.
Exit-Code: 0, oder 2, wenn die Eingabe nicht lesbar oder die Verwendung falsch ist.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The store file (default: the app&apos;s store, %1).</source>
        <translation>Die Datenbankdatei (Standard: die Datenbank der App, %1).</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>A folder of ODCS, ODPS, DCS and OpenLineage files.</source>
        <translation>Ein Ordner mit ODCS-, ODPS-, DCS- und OpenLineage-Dateien.</translation>
    </message>
    <message>
        <source>Imports a folder of contract files into the store: ODCS contracts, ODPS products, DCS contracts (converted to ODCS), OpenLineage run events and SLA/quality measurements (.ndjson). Only files changed since the last import are read again. A file with errors is listed and left out.
Exit code: 0 everything imported; 1 some files were left out; 2 the folder or the store cannot be used.</source>
        <translation>Importiert einen Ordner mit Vertragsdateien in die Datenbank: ODCS-Verträge, ODPS-Produkte, DCS-Verträge (nach ODCS umgewandelt), OpenLineage-Run-Events sowie SLA- und Qualitätsmessungen (.ndjson). Nur seit dem letzten Import geänderte Dateien werden erneut gelesen. Eine fehlerhafte Datei wird aufgeführt und ausgelassen.
Exit-Code: 0 alles importiert; 1 einige Dateien wurden ausgelassen; 2 der Ordner oder die Datenbank ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>tessera-cli import: expected one folder</source>
        <translation>tessera-cli import: einen Ordner erwartet</translation>
    </message>
    <message>
        <source>tessera-cli import: %1 is not a folder</source>
        <translation>tessera-cli import: %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>Imported %1 into %2 in %3 ms</source>
        <translation>%1 in %2 importiert (%3 ms)</translation>
    </message>
    <message>
        <source>Files: %1 read, %2 unchanged, %3 removed, %4 left out</source>
        <translation>Dateien: %1 gelesen, %2 unverändert, %3 entfernt, %4 ausgelassen</translation>
    </message>
    <message>
        <source>Narrow by a facet: domain, owner, status, tag, classification, source or kind (repeatable).</source>
        <translation>Nach einer Facette eingrenzen: domain, owner, status, tag, classification, source oder kind (mehrfach möglich).</translation>
    </message>
    <message>
        <source>At most this many results (default 20).</source>
        <translation>Höchstens so viele Ergebnisse (Standard 20).</translation>
    </message>
    <message>
        <source>Words to look for; the last one matches as a prefix.</source>
        <translation>Suchbegriffe; der letzte wird als Präfix abgeglichen.</translation>
    </message>
    <message>
        <source>Searches the catalog: names, descriptions, tags, column names, owners and domains, ranked, with facet counts.
Exit code: 0 with results, 1 with none, 2 when the store cannot be used.</source>
        <translation>Durchsucht den Katalog: Namen, Beschreibungen, Tags, Spaltennamen, Eigentümer und Domänen, nach Relevanz sortiert, mit Trefferzahlen je Facette.
Exit-Code: 0 mit Ergebnissen; 1 ohne Ergebnisse; 2, wenn die Datenbank nicht verwendbar ist.</translation>
    </message>
    <message>
        <source>tessera-cli search: --limit takes a positive number</source>
        <translation>tessera-cli search: --limit erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>tessera-cli search: --facet takes key=value, not &quot;%1&quot;</source>
        <translation>tessera-cli search: --facet erwartet key=value, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Output format: text (default), json or yaml.</source>
        <translation>Ausgabeformat: text (Standard), json oder yaml.</translation>
    </message>
    <message>
        <source>A product or contract id.</source>
        <translation>Eine Produkt- oder Vertrags-ID.</translation>
    </message>
    <message>
        <source>Shows a data product or a contract with its details.
Exit code: 0, 1 when the id is unknown, 2 when the store cannot be used.</source>
        <translation>Zeigt ein Datenprodukt oder einen Vertrag mit allen Details.
Exit-Code: 0; 1, wenn die ID unbekannt ist; 2, wenn die Datenbank nicht verwendbar ist.</translation>
    </message>
    <message>
        <source>tessera-cli show: unknown format &quot;%1&quot; (use text, json or yaml)</source>
        <translation>tessera-cli show: unbekanntes Format „%1“ (verwenden Sie text, json oder yaml)</translation>
    </message>
    <message>
        <source>tessera-cli show: expected one id</source>
        <translation>tessera-cli show: eine ID erwartet</translation>
    </message>
    <message>
        <source>tessera-cli show: no product or contract &quot;%1&quot; in the store</source>
        <translation>tessera-cli show: kein Produkt und kein Vertrag „%1“ in der Datenbank</translation>
    </message>
    <message>
        <source>Domain: %1 · Status: %2 · Owner: %3</source>
        <translation>Domäne: %1 · Status: %2 · Eigentümer: %3</translation>
    </message>
    <message>
        <source>Domain: %1 · Status: %2 · Owner: %3 · Data product: %4</source>
        <translation>Domäne: %1 · Status: %2 · Eigentümer: %3 · Datenprodukt: %4</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Versionen: %1</translation>
    </message>
    <message>
        <source>SLA history</source>
        <translation>SLA-Verlauf</translation>
    </message>
    <message>
        <source>%1 measurements, %2 breaches</source>
        <translation>%1 Messungen, %2 Verstöße</translation>
    </message>
    <message>
        <source>Output format: text (default), json or dot.</source>
        <translation>Ausgabeformat: text (Standard), json oder dot.</translation>
    </message>
    <message>
        <source>Levels upstream (default 3).</source>
        <translation>Anzahl vorgelagerter Ebenen (Standard 3).</translation>
    </message>
    <message>
        <source>Levels downstream (default 3).</source>
        <translation>Anzahl nachgelagerter Ebenen (Standard 3).</translation>
    </message>
    <message>
        <source>Include column-level lineage.</source>
        <translation>Datenherkunft auf Spaltenebene einbeziehen.</translation>
    </message>
    <message>
        <source>A dataset (namespace/name or contract/schemaObject), a contract or a product id.</source>
        <translation>Ein Datensatz (namespace/name oder contract/schemaObject) oder eine Vertrags- oder Produkt-ID.</translation>
    </message>
    <message>
        <source>Shows the lineage around a dataset, contract or product: what feeds it and what it feeds.
Exit code: 0, 1 when the id is unknown, 2 when the store cannot be used.</source>
        <translation>Zeigt die Datenherkunft rund um einen Datensatz, einen Vertrag oder ein Produkt: woraus die Daten stammen und wohin sie weiterfließen.
Exit-Code: 0; 1, wenn die ID unbekannt ist; 2, wenn die Datenbank nicht verwendbar ist.</translation>
    </message>
    <message>
        <source>tessera-cli lineage: unknown format &quot;%1&quot; (use text, json or dot)</source>
        <translation>tessera-cli lineage: unbekanntes Format „%1“ (verwenden Sie text, json oder dot)</translation>
    </message>
    <message>
        <source>tessera-cli lineage: expected one id and non-negative --upstream/--downstream</source>
        <translation>tessera-cli lineage: eine ID und nicht negative Werte für --upstream/--downstream erwartet</translation>
    </message>
    <message>
        <source>tessera-cli lineage: no dataset, contract or product &quot;%1&quot; in the store</source>
        <translation>tessera-cli lineage: kein Datensatz, Vertrag oder Produkt „%1“ in der Datenbank</translation>
    </message>
    <message>
        <source>Import a folder of contracts, products and lineage into the store</source>
        <translation>Einen Ordner mit Verträgen, Produkten und Datenherkunft in die Datenbank importieren</translation>
    </message>
    <message>
        <source>Search the catalog in the store</source>
        <translation>Den Katalog in der Datenbank durchsuchen</translation>
    </message>
    <message>
        <source>Show a product or contract from the store</source>
        <translation>Ein Produkt oder einen Vertrag aus der Datenbank anzeigen</translation>
    </message>
    <message>
        <source>Show the lineage around a dataset, contract or product</source>
        <translation>Die Datenherkunft rund um einen Datensatz, einen Vertrag oder ein Produkt anzeigen</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n Vertrag</numerusform>
            <numerusform>%n Verträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lineage edge(s)</source>
        <translation>
            <numerusform>%n Herkunftskante</numerusform>
            <numerusform>%n Herkunftskanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in Tessera: %1</source>
        <translation>In Tessera öffnen: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Read the token from this environment variable (never from the command line).</source>
        <translation>Das Token aus dieser Umgebungsvariable lesen (nie von der Befehlszeile).</translation>
    </message>
    <message>
        <source>add: the kind of source: local, backstage, openmetadata or marquez.</source>
        <translation>add: die Art der Quelle: local, backstage, openmetadata oder marquez.</translation>
    </message>
    <message>
        <source>add: the endpoint&apos;s base URL.</source>
        <translation>add: die Basis-URL des Endpunkts.</translation>
    </message>
    <message>
        <source>add: the folder of a local source.</source>
        <translation>add: der Ordner einer lokalen Quelle.</translation>
    </message>
    <message>
        <source>add: trust this one certificate (its SHA-256 fingerprint, as a failed sync shows it) for this source only.</source>
        <translation>add: nur für diese Quelle diesem einen Zertifikat vertrauen (sein SHA-256-Fingerabdruck, wie ihn eine fehlgeschlagene Synchronisierung anzeigt).</translation>
    </message>
    <message>
        <source>list, add, remove or test</source>
        <translation>list, add, remove oder test</translation>
    </message>
    <message>
        <source>The source&apos;s name (add, remove, test).</source>
        <translation>Der Name der Quelle (add, remove, test).</translation>
    </message>
    <message>
        <source>Lists, adds, removes and tests the catalog sources the store syncs from. A token is read from the variable named by --token-env and kept in the OS keychain.
Exit code: 0 done; 1 the test failed; 2 wrong usage or the store cannot be used.</source>
        <translation>Listet, ergänzt, entfernt und testet die Katalogquellen, aus denen die Datenbank synchronisiert wird. Ein Token wird aus der mit --token-env benannten Variable gelesen und im Schlüsselbund des Betriebssystems gespeichert.
Exit-Code: 0 erledigt; 1 der Test ist fehlgeschlagen; 2 falsche Verwendung oder die Datenbank ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>tessera-cli sources %1: expected a source name</source>
        <translation>tessera-cli sources %1: Name einer Quelle erwartet</translation>
    </message>
    <message>
        <source>tessera-cli sources add: a local source needs --path with a folder</source>
        <translation>tessera-cli sources add: eine lokale Quelle braucht --path mit einem Ordner</translation>
    </message>
    <message>
        <source>tessera-cli sources add: a %1 source needs --url with an http or https address</source>
        <translation>tessera-cli sources add: eine Quelle vom Typ %1 braucht --url mit einer http- oder https-Adresse</translation>
    </message>
    <message>
        <source>tessera-cli sources add: the URL must not hold a user or password; use --token-env</source>
        <translation>tessera-cli sources add: die URL darf keinen Benutzer und kein Passwort enthalten; --token-env verwenden</translation>
    </message>
    <message>
        <source>tessera-cli sources add: --type must be local, backstage, openmetadata or marquez</source>
        <translation>tessera-cli sources add: --type muss local, backstage, openmetadata oder marquez sein</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>%1 hinzugefügt (%2, %3).</translation>
    </message>
    <message>
        <source>warning: the environment variable %1 is not set; no token was stored.</source>
        <translation>Warnung: Die Umgebungsvariable %1 ist nicht gesetzt; es wurde kein Token gespeichert.</translation>
    </message>
    <message>
        <source>Pass --token-env to &quot;tessera-cli sync&quot; instead.</source>
        <translation>Stattdessen --token-env an „tessera-cli sync“ übergeben.</translation>
    </message>
    <message>
        <source>The token is in the keychain.</source>
        <translation>Das Token liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>tessera-cli sources %1: there is no source called &quot;%2&quot;</source>
        <translation>tessera-cli sources %1: es gibt keine Quelle namens „%2“</translation>
    </message>
    <message>
        <source>Removed %1 and everything it brought.</source>
        <translation>%1 und alles, was darüber kam, wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 is there.</source>
        <translation>%1 ist vorhanden.</translation>
    </message>
    <message>
        <source>%1 is not there.</source>
        <translation>%1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>tessera-cli sources: unknown action &quot;%1&quot; (use list, add, remove or test)</source>
        <translation>tessera-cli sources: unbekannte Aktion „%1“ (list, add, remove oder test verwenden)</translation>
    </message>
    <message>
        <source>Sync only this source (may be repeated); default: every source.</source>
        <translation>Nur diese Quelle synchronisieren (mehrfach möglich); Standard: alle Quellen.</translation>
    </message>
    <message>
        <source>Seconds without an answer before a request fails (default 30).</source>
        <translation>Sekunden ohne Antwort, bevor eine Anfrage fehlschlägt (Standard 30).</translation>
    </message>
    <message>
        <source>Brings the store up to date with its sources: endpoints are read incrementally (only what changed since the last sync), local folders read again, and contracts published in the app are sent. Tokens come from the keychain or from --token-env.
Exit code: 0 every source synced; 1 a source failed or is offline (each is named, with why); 2 wrong usage or the store cannot be used.</source>
        <translation>Gleicht die Datenbank mit ihren Quellen ab: Endpunkte werden inkrementell gelesen (nur was sich seit der letzten Synchronisierung geändert hat), lokale Ordner erneut gelesen, und in der App veröffentlichte Verträge werden gesendet. Tokens kommen aus dem Schlüsselbund oder über --token-env.
Exit-Code: 0 alle Quellen synchronisiert; 1 eine Quelle ist fehlgeschlagen oder offline (jede wird mit Grund genannt); 2 falsche Verwendung oder die Datenbank ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>tessera-cli sync: --timeout takes a number of seconds</source>
        <translation>tessera-cli sync: --timeout erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>There are no sources; add one with &quot;tessera-cli sources add&quot;.</source>
        <translation>Es gibt keine Quellen; eine mit „tessera-cli sources add“ hinzufügen.</translation>
    </message>
    <message>
        <source>List, add, remove and test catalog sources</source>
        <translation>Katalogquellen auflisten, hinzufügen, entfernen und testen</translation>
    </message>
    <message>
        <source>Bring the store up to date with its sources</source>
        <translation>Die Datenbank mit ihren Quellen abgleichen</translation>
    </message>
    <message>
        <source>The organisation&apos;s policy file (YAML): built-ins switched off or given another severity, custom rules (see docs/policies.md).</source>
        <translation>Die Richtliniendatei der Organisation (YAML): eingebaute Richtlinien abschalten oder ihren Schweregrad ändern, eigene Regeln (siehe docs/policies.md).</translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <source>Checks the catalog in the store against the governance policies: the built-in ones and those of a policy file.
Exit code: 0 no error findings (warnings allowed), 1 error findings, 2 a bad policy file, wrong usage or the store cannot be used.</source>
        <translation>Prüft den Katalog in der Datenbank gegen die Governance-Richtlinien: die eingebauten und die einer Richtliniendatei.
Exit-Code: 0 keine Fehlerbefunde (Warnungen erlaubt); 1 Fehlerbefunde; 2 fehlerhafte Richtliniendatei, falsche Verwendung oder die Datenbank ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>tessera-cli policy: expected the action &quot;check&quot;</source>
        <translation>tessera-cli policy: Aktion „check“ erwartet</translation>
    </message>
    <message>
        <source>Check the catalog against governance policies (policy check)</source>
        <translation>Den Katalog gegen Governance-Richtlinien prüfen (policy check)</translation>
    </message>
    <message>
        <source>tessera-cli sync: --token-env gives the token of one endpoint; name it with --source</source>
        <translation>tessera-cli sync: --token-env gibt das Token eines einzelnen Endpunkts an; diesen mit --source benennen</translation>
    </message>
</context>
<context>
    <name>tessera::lineage</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
</TS>
