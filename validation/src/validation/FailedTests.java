package validation;

import java.io.File;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the legacy XML reports of JUnit's ConsoleLauncher ({@code TEST-junit-*.xml}, one per engine) and
 * prints one line a test that failed or erred, sorted: {@code class#test KIND: first line of the
 * message}, then a last line {@code tests=N failed=N skipped=N}.
 */
public final class FailedTests {
  public static void main(String[] args) throws Exception {
    java.util.List<String> failed = new java.util.ArrayList<>();
    int skipped = 0;
    int tests = 0;
    for (String file : args) {
      Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(file));
      NodeList cases = d.getElementsByTagName("testcase");
      tests += cases.getLength();
      for (int i = 0; i < cases.getLength(); i++) {
        Element c = (Element) cases.item(i);
        if (c.getElementsByTagName("skipped").getLength() > 0) {
          skipped++;
        }
        for (String kind : new String[] {"failure", "error"}) {
          NodeList f = c.getElementsByTagName(kind);
          if (f.getLength() > 0) {
            Element e = (Element) f.item(0);
            String message = e.hasAttribute("message") ? e.getAttribute("message") : e.getTextContent();
            message = message.strip().lines().findFirst().orElse("");
            if (message.length() > 200) {
              message = message.substring(0, 200) + "...";
            }
            failed.add(c.getAttribute("classname") + "#" + c.getAttribute("name") + " " + kind + " "
                + e.getAttribute("type") + ": " + message);
            break;
          }
        }
      }
    }
    java.util.Collections.sort(failed);
    failed.forEach(System.out::println);
    System.out.println("tests=" + tests + " failed=" + failed.size() + " skipped=" + skipped);
  }
}
