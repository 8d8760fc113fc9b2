package dev.relkit.generator;

import org.mybatis.generator.api.GeneratedFile;

/**
 * A file whose text the plugin wrote itself, handed to MyBatis Generator so that it lands where
 * MyBatis Generator writes (target project, package directories) and is reported like the others.
 */
final class GeneratedTextFile extends GeneratedFile {

    private final String targetPackage;
    private final String fileName;
    private final String content;

    GeneratedTextFile(String targetProject, String targetPackage, String fileName, String content) {
        super(targetProject);
        this.targetPackage = targetPackage;
        this.fileName = fileName;
        this.content = content;
    }

    @Override
    public String getFormattedContent() {
        return content;
    }

    @Override
    public String getFileName() {
        return fileName;
    }

    @Override
    public String getTargetPackage() {
        return targetPackage;
    }

    @Override
    public boolean isMergeable() {
        return false;
    }

    @Override
    public String getFileEncoding() {
        return "UTF-8";
    }
}
