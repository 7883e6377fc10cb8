import java.io.File;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The release workflow's version check: the tag being released must name the pom's version exactly.
 *
 * <pre>java packaging/ReleaseVersion.java TAG [POM]</pre>
 *
 * Run from the project folder (POM defaults to pom.xml); needs only a JDK 11+, no build. On success it prints
 * {@code version=X.Y.Z} (for $GITHUB_OUTPUT) and exits 0. Otherwise it prints one plain sentence with the fix on
 * stderr and exits 1 (2 for bad usage or an unreadable pom). The pom is the one place the version lives: it drives
 * the jar's manifest (the About box), the installers and the .deb; this check only refuses a tag that disagrees.
 * Covered by ReleaseVersionTest.
 */
public final class ReleaseVersion {

    /** jpackage accepts only numbers; an .msi also caps them (major and minor 255, build 65535). */
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})");

    private ReleaseVersion() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2 || args[0].isBlank()) {
            System.err.println("Usage: java packaging/ReleaseVersion.java TAG [POM], for example v0.2.0 pom.xml");
            System.exit(2);
        }
        String pomVersion;
        try {
            pomVersion = pomVersion(new File(args.length == 2 ? args[1] : "pom.xml"));
        } catch (Exception e) {
            System.err.println("Could not read the project version from the pom: " + e.getMessage());
            System.exit(2);
            return;
        }
        String problem = check(args[0].strip(), pomVersion);
        if (problem != null) {
            System.err.println(problem);
            System.exit(1);
        }
        System.out.println("version=" + pomVersion);
    }

    /** @return null when the tag may be released, else the sentence saying why not and what to do. */
    static String check(String tag, String pomVersion) {
        String wanted = tag.startsWith("v") ? tag.substring(1) : tag;
        if (!tag.startsWith("v") || wanted.isEmpty()) {
            return "Tag '" + tag + "' is not a version tag: release tags look like v1.2.3 (a 'v', then the pom's"
                    + " version, here v" + pomVersion + ").";
        }
        if (pomVersion.equals(wanted + "-SNAPSHOT")) {
            return "Tag " + tag + " releases " + wanted + ", but pom.xml is still at " + pomVersion + ": set"
                    + " <version>" + wanted + "</version> in pom.xml, commit, and tag that commit "
                    + tag + " (delete this tag first: git push --delete origin " + tag + ").";
        }
        if (!pomVersion.equals(wanted)) {
            return "Tag " + tag + " does not match pom.xml's version " + pomVersion + ": tag the commit whose pom"
                    + " says <version>" + wanted + "</version>, or release v" + pomVersion + " instead.";
        }
        Matcher m = NUMERIC.matcher(pomVersion);
        if (!m.matches()) {
            return "Version " + pomVersion + " cannot be packaged: installers need three numbers, like 1.2.3"
                    + " (no suffix such as -rc1). Change <version> in pom.xml and tag again.";
        }
        if (Long.parseLong(m.group(1)) > 255 || Long.parseLong(m.group(2)) > 255
                || Long.parseLong(m.group(3)) > 65535) {
            return "Version " + pomVersion + " cannot be packaged: a Windows .msi allows at most 255.255.65535."
                    + " Choose a smaller version in pom.xml and tag again.";
        }
        return null;
    }

    /** The project's own {@code <version>} (not a parent's or a dependency's). */
    static String pomVersion(File pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Element project = factory.newDocumentBuilder().parse(pom).getDocumentElement();
        for (Node n = project.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && "version".equals(n.getNodeName())) {
                String v = n.getTextContent().strip();
                if (v.isEmpty() || v.contains("${")) {
                    throw new IllegalStateException(pom + " has no literal <version>");
                }
                return v;
            }
        }
        throw new IllegalStateException(pom + " has no <version> of its own");
    }
}
