import XCTest

@testable import LetterParser

/// Paragraphs in the style of open letters and joint statements, written for these tests.
final class LanguageDetectorTests: XCTestCase {
    func testEnglish() {
        XCTAssertEqual(LanguageDetector.detect("""
        We, the undersigned civil society organisations, write to express our deep concern about \
        the proposed amendments to the access to information law. These changes would weaken the \
        independence of the oversight body and make it harder for journalists to do their work.
        """), "en")
        XCTAssertEqual(LanguageDetector.detect("""
        Dear Minister, thank you for your letter of 3 March. We have read it carefully and we remain \
        convinced that the consultation was not open to all of the communities that will be affected \
        by the project. We ask you to extend the deadline by at least sixty days.
        """), "en")
    }

    func testSpanish() {
        XCTAssertEqual(LanguageDetector.detect("""
        Las organizaciones firmantes expresamos nuestra preocupación por la reforma a la ley de acceso \
        a la información pública. Esta iniciativa limita el trabajo de los periodistas y debilita la \
        autonomía del órgano garante, que ha sido clave para la transparencia en el país.
        """), "es")
        XCTAssertEqual(LanguageDetector.detect("""
        Estimado señor Presidente: nos dirigimos a usted para solicitar que el gobierno garantice la \
        participación de la sociedad civil en el plan de acción. Hasta ahora no hemos recibido \
        respuesta a nuestras cartas y por eso hacemos pública esta solicitud.
        """), "es")
    }

    func testFrench() {
        XCTAssertEqual(LanguageDetector.detect("""
        Nous, organisations de la société civile, souhaitons exprimer notre profonde inquiétude face \
        au projet de loi sur la sécurité globale. Ce texte porte atteinte à la liberté de la presse \
        et au droit de manifester, et il doit être retiré sans délai.
        """), "fr")
        XCTAssertEqual(LanguageDetector.detect("""
        Madame la Ministre, nous avons pris connaissance de votre réponse du 12 mars avec attention. \
        Nous regrettons que les associations n'aient pas été consultées avant la publication du décret \
        et nous vous demandons de bien vouloir nous recevoir dans les meilleurs délais.
        """), "fr")
    }

    func testGerman() {
        XCTAssertEqual(LanguageDetector.detect("""
        Wir, die unterzeichnenden Organisationen der Zivilgesellschaft, sind sehr besorgt über den \
        Entwurf des neuen Versammlungsgesetzes. Der Entwurf schränkt das Recht auf friedliche \
        Versammlung ein und gibt der Polizei Befugnisse, die mit dem Grundgesetz nicht vereinbar sind.
        """), "de")
        XCTAssertEqual(LanguageDetector.detect("""
        Sehr geehrte Frau Bundesministerin, wir wenden uns mit diesem offenen Brief an Sie, weil die \
        geplante Kürzung der Mittel für die politische Bildung auch die Arbeit unserer Vereine \
        gefährdet. Wir bitten Sie, die Entscheidung noch einmal zu überprüfen.
        """), "de")
    }

    func testPortuguese() {
        XCTAssertEqual(LanguageDetector.detect("""
        Nós, organizações da sociedade civil abaixo assinadas, manifestamos nossa preocupação com o \
        projeto de lei que altera a Lei de Acesso à Informação. A proposta reduz a transparência e \
        dificulta o trabalho dos jornalistas e das organizações que acompanham as políticas públicas.
        """), "pt")
        XCTAssertEqual(LanguageDetector.detect("""
        Senhor Ministro, escrevemos para pedir que o governo não aprove a mudança no licenciamento \
        ambiental sem ouvir as comunidades indígenas. Já enviamos duas cartas e até agora não \
        recebemos nenhuma resposta do ministério sobre os nossos pedidos.
        """), "pt")
    }

    func testShortOrEmptyInputGivesNil() {
        XCTAssertNil(LanguageDetector.detect(""))
        XCTAssertNil(LanguageDetector.detect("   \n  "))
        XCTAssertNil(LanguageDetector.detect("Madrid"))
        XCTAssertNil(LanguageDetector.detect("Dear Sir or Madam,"))
        XCTAssertNil(LanguageDetector.detect("Sehr geehrte Damen und Herren,"))
    }

    func testTextWithoutProseGivesNil() {
        // A signatory list: long enough, but no language's function words.
        XCTAssertNil(LanguageDetector.detect("""
        Article 19, Amnesty International, Transparency International, Access Now, Privacy International, \
        Artigo 19 Brasil, Derechos Digitales, Fundación Karisma, Quadrature du Net, Digitalcourage
        """))
        XCTAssertNil(LanguageDetector.detect("1110 Vermont Avenue NW, Suite 500, Washington DC 20005, 2017-06-14"))
    }

    func testDetectionIgnoresCaseAndPunctuation() {
        XCTAssertEqual(LanguageDetector.detect("""
        NOUS DEMANDONS AU GOUVERNEMENT DE RETIRER CE PROJET ET DE RESPECTER LES ENGAGEMENTS PRIS \
        DANS LE CADRE DU PARTENARIAT POUR UN GOUVERNEMENT OUVERT!
        """), "fr")
    }
}
