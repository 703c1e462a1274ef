@testable import LetterParser
import LetterModel
import XCTest

/// Call detection on sentences written for these tests, one shape at a time in each language:
/// the candidates (a request verb after the authors, verb-second order, modal and impersonal
/// recommendations, polite markers, imperatives) and the filters (reports of others' calls,
/// commitments, conditions, general descriptions, courtesy formulas, data-field list items).
final class CallsToActionTests: XCTestCase {
    private func assertCall(_ sentence: String, target: String?? = nil, file: StaticString = #filePath, line: UInt = #line) {
        let verdict = CallsToAction.match(sentence)
        XCTAssertNotNil(verdict, sentence, file: file, line: line)
        if case .some(let expected) = target, case .some(let found) = verdict {
            XCTAssertEqual(found, expected, sentence, file: file, line: line)
        }
    }

    private func assertNoCall(_ sentence: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNil(CallsToAction.match(sentence), sentence, file: file, line: line)
    }

    private func calls(_ blocks: [(BodyBlock.Kind, String)]) -> [CallToAction] {
        CallsToAction.find(in: blocks.map { BodyBlock(kind: $0.0, text: $0.1) })
    }

    // MARK: English

    func testEnglishRequestVerbWithAdverbOrApposition() {
        assertCall("We strongly urge the Commission to withdraw the proposal.", target: "the Commission")
        assertCall("We, the undersigned organisations, urge Parliament to reject the bill.", target: "Parliament")
        assertCall("The undersigned organisations call on the Senate to reject the bill.", target: "the Senate")
        assertCall("I therefore respectfully ask you to reconsider your decision.", target: "you")
        assertCall("We are deeply worried about the bill and call on senators to vote against it.", target: "senators")
        assertCall("The coalition urges the Mayor to keep the library open.", target: "the Mayor")
        assertCall("We reiterate our call on the government to release the prisoners.", target: "the government")
        assertCall("I am writing to you as a parent, asking you to keep the school open.", target: "you")
        assertCall("We feel obliged, after months of silence, to formally request the Board to publish its minutes.", target: "the Board")
    }

    func testEnglishModalAimedAtTheAddressee() {
        assertCall("The Ministry should publish the data before the summer.", target: "The Ministry")
        assertCall("Regulators must, at a minimum, require independent audits.")
        assertCall("Member states are urged to ratify the convention.")
    }

    func testEnglishImperativeAndPoliteRequest() {
        assertCall("Share this letter with your representatives.")
        assertCall("Please sign the petition before Friday.")
        assertCall("Could you tell us when the report will be published?")
    }

    func testEnglishNonCalls() {
        assertNoCall("They called on the government to act last year.")           // a past report
        assertNoCall("In 2019, the Council urged member states to act.")
        assertNoCall("We will continue to monitor the situation closely.")         // a commitment
        assertNoCall("We reaffirm our commitment to open government.")
        assertNoCall("A first step would be to publish the data.")                 // a conditional suggestion
        assertNoCall("Should you wish to discuss this, we remain available.")
        assertNoCall("Parents should talk to their children about online safety.") // others in general
        assertNoCall("Researchers will have to pay in order to publish.")
        assertNoCall("Please find attached our submission.")                       // courtesy
        assertNoCall("It has been said that ministries must publish their data.")
        assertNoCall("We ask ourselves whether this is fair.")
        assertNoCall("No one should be detained for their opinions.")
        assertNoCall("We hope this letter finds you well.")
        assertNoCall("The crisis calls for careful thought not only in Europe but everywhere.")
        assertNoCall("We are encouraged to write by your recent statement.")
        assertNoCall("It is essential that citizens trust the new system.")
        assertCall("It is essential that the Ministry publish the contracts.")
    }

    // MARK: French

    func testFrenchCalls() {
        assertCall("Nous demandons au gouvernement de retirer ce projet.", target: "gouvernement")
        assertCall("Nous, organisations signataires, appelons le Parlement à rejeter ce texte.", target: "le Parlement")
        assertCall("Le gouvernement doit publier les données sans délai.")
        assertCall("Il faut que le ministère publie les données.")
        assertCall("Veuillez nous transmettre les documents demandés.")
        assertCall("Signez la pétition.")
        assertCall("Protégeons-les ensemble.")
    }

    func testFrenchNonCalls() {
        assertNoCall("Le ministre a demandé aux préfets d'agir.")
        assertNoCall("Nous continuerons à suivre ce dossier.")
        assertNoCall("Veuillez agréer, Madame la Ministre, l'expression de nos salutations distinguées.")
        assertNoCall("Nous vous prions d'agréer, Monsieur, l'expression de notre haute considération.")
        assertNoCall("Cette mesure pourrait utilement être étendue.")
    }

    // MARK: German

    func testGermanCalls() {
        assertCall("Daher fordern wir die Kommission auf, den Vorschlag zurückzuziehen.", target: "die Kommission")
        assertCall("Wir appellieren eindringlich an die Bundesregierung, das Gesetz zu stoppen.")
        assertCall("Der Gesetzgeber sollte die Frist verlängern.", target: "Der Gesetzgeber")
        assertCall("Zudem sollten die Gebühren abgeschafft werden.")
        assertCall("Die Vorschrift ist daher ersatzlos zu streichen.")
        assertCall("Die Frist ist an europäische Standards anzupassen.")
        assertCall("Bitte unterstützen Sie unseren Aufruf.")
        assertCall("Der Senat ist aufgefordert, die Verträge offenzulegen.")
    }

    func testGermanNonCalls() {
        assertNoCall("Sollten Sie Fragen haben, stehen wir gern zur Verfügung.")
        assertNoCall("Es ist zu erwarten, dass die Kosten steigen.")
        assertNoCall("Die Kommission forderte die Staaten im Jahr 2019 auf, zu handeln.")
        assertNoCall("Wir werden die Umsetzung weiter begleiten.")
        assertNoCall("Viele Initiativen müssen oft lange auf Antworten warten.")
        assertNoCall("Es ist unklar, warum der Landtag hier anders verfahren sollte.")
    }

    // MARK: Spanish

    func testSpanishCalls() {
        assertCall("Solicitamos al Ministerio que publique los datos.", target: "Ministerio")
        assertCall("Por lo tanto, exigimos a las autoridades que actúen de inmediato.", target: "las autoridades")
        assertCall("El Gobierno debería retirar el proyecto de ley.")
        assertCall("Es necesario que el Congreso apruebe la ley.")
        assertCall("Por favor, firme la petición.")
        assertCall("¡Súmate a la campaña!")
        assertCall("La red invita a las organizaciones a sumarse a la carta.")
        assertCall("Las organizaciones firmantes exigen el cese inmediato de la represión.")
        assertCall("Se debe garantizar el acceso a la información pública.")
        assertCall("Nos dirigimos a usted para solicitarle que reconsidere la medida.")
        assertCall("Reiteramos nuestro llamado a las autoridades para que actúen.", target: "las autoridades")
    }

    func testSpanishNonCalls() {
        assertNoCall("El ministro pidió a los gobernadores que actuaran.")
        assertNoCall("Seguiremos trabajando por la transparencia.")
        assertNoCall("La crisis exige la responsabilidad de todos.")
    }

    // MARK: Portuguese

    func testPortugueseCalls() {
        assertCall("Pedimos ao governo que retire o projeto.", target: "governo")
        assertCall("Solicitamos à Prefeitura que construa uma praça.", target: "Prefeitura")
        assertCall("O Congresso deve rejeitar a proposta.")
        assertCall("É necessário que o governo publique os dados.")
        assertCall("Por favor, assine a petição.")
    }

    func testPortugueseNonCalls() {
        assertNoCall("O ministro pediu aos governadores que agissem.")
        assertNoCall("Continuaremos acompanhando o processo.")
    }

    // MARK: List items

    func testListItemsInheritAnIntroductionWithAColon() {
        let found = calls([(.paragraph, "We urge the Council to:"),
                           (.listItem, "publish the data it holds"),
                           (.listItem, "consult civil society before deciding")])
        XCTAssertEqual(found.map(\.text), ["We urge the Council to:", "publish the data it holds", "consult civil society before deciding"])
        XCTAssertEqual(found.map(\.target), ["the Council", "the Council", "the Council"])
    }

    func testListItemsInheritAnIntroductionWithoutAColon() {
        let found = calls([(.paragraph, "Nous demandons au gouvernement de prendre les mesures suivantes."),
                           (.listItem, "retirer le décret du 3 mars"),
                           (.listItem, "publier le rapport d'évaluation")])
        XCTAssertEqual(found.map(\.bodyIndex), [0, 1, 2])
    }

    func testListItemsUnderARequestLabelAreCalls() {
        let found = calls([(.heading, "Unsere Forderungen"),
                           (.listItem, "Offenlegung aller Verträge"),
                           (.listItem, "Ein Transparenzregister für Lobbyisten")])
        XCTAssertEqual(found.map(\.bodyIndex), [1, 2])
    }

    func testDataFieldItemsAndArgumentParagraphsInheritNothing() {
        let found = calls([(.paragraph, "We ask you to send us the following details:"),
                           (.listItem, "Name: Jane Doe"),
                           (.listItem, "Email: jane@example.org"),
                           (.listItem, "Telephone 0123 456 789")])
        XCTAssertEqual(found.map(\.bodyIndex), [0])
        let argued = calls([(.paragraph, "We call on the Ministry to act:"),
                            (.listItem, "The register was closed in 2019. Since then no data has been published. Requests have gone unanswered for months.")])
        XCTAssertEqual(argued.map(\.bodyIndex), [0])
    }

    func testItemsGivingTheReasonsForARequestAreNotCalls() {
        let found = calls([(.paragraph, "We ask you to withdraw the bill because:"),
                           (.listItem, "it was drafted without consultation"),
                           (.listItem, "it threatens press freedom")])
        XCTAssertEqual(found.map(\.bodyIndex), [0])
    }

    func testAListItemThatAsksInPartGivesItsAskingSentences() {
        let found = calls([(.listItem, "The register was closed in 2019. The Ministry should reopen it.")])
        XCTAssertEqual(found.map(\.text), ["The Ministry should reopen it."])
    }

    // MARK: Hortatives and relative clauses

    /// "Votemos…", "No votemos por…", "Lutemos…": the first person plural that exhorts
    /// writers and readers together. Indicatives of the same shape ("Tenemos", "Defendemos")
    /// and futures ("Votaremos") state; they ask nothing.
    func testSpanishAndPortugueseHortatives() {
        let spanish = calls([
            (.paragraph, "En el marco del proceso electoral, las familias de nuestras regiones tienen una responsabilidad con el futuro del país y de sus hijos."),
            (.paragraph, "Votemos con memoria, con conciencia y con dignidad."),
            (.paragraph, "No votemos por promesas que se hacen desde el escritorio y se pagan con desempleo."),
            (.paragraph, "Tenemos una larga historia de trabajo en la región y en sus pueblos."),
            (.paragraph, "Defendemos el empleo formal en cada una de las minas de la región."),
            (.paragraph, "Votaremos el domingo en todas las mesas de la región."),
        ]).map(\.text)
        XCTAssertEqual(spanish, ["Votemos con memoria, con conciencia y con dignidad.",
                                 "No votemos por promesas que se hacen desde el escritorio y se pagan con desempleo."])
        let portuguese = calls([
            (.paragraph, "As famílias da nossa região sabem o valor da escola pública e do trabalho dos seus professores."),
            (.paragraph, "Lutemos juntos pela educação pública de qualidade em todo o país."),
            (.paragraph, "Temos orgulho da nossa escola e dos seus professores."),
        ]).map(\.text)
        XCTAssertEqual(portuguese, ["Lutemos juntos pela educação pública de qualidade em todo o país."])
    }

    /// Items after "… to those who:" complete the relative clause: they describe whom to
    /// support, and their verbs ("Defiendan…", "Protect…") ask nothing. After "… to:" the same
    /// items are the actions asked for.
    func testListItemsCompletingARelativeClauseAreNoCalls() {
        let described = calls([
            (.paragraph, "Nuestro voto debe respaldar a quienes:"),
            (.listItem, "Defiendan el derecho al trabajo digno."),
            (.listItem, "Escuchen a las comunidades y a los trabajadores."),
        ]).map(\.text)
        XCTAssertEqual(described, ["Nuestro voto debe respaldar a quienes:"])
        let who = calls([(.paragraph, "We urge voters to support candidates who:"),
                         (.listItem, "Protect the right to decent work."), (.listItem, "Listen to the communities.")]).map(\.text)
        XCTAssertEqual(who, ["We urge voters to support candidates who:"])
        let asked = calls([(.paragraph, "We urge the council to:"),
                           (.listItem, "Protect the right to decent work."), (.listItem, "Listen to the communities.")]).map(\.text)
        XCTAssertEqual(asked.count, 3, "\(asked)")
    }
}
