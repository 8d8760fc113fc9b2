package dev.relkit.harness;

/** A row of the harness tests' {@code hero} table. */
class Hero {

    private Integer id;
    private String name;
    private String secretName;
    private Integer age;

    Hero() {
    }

    Hero(String name, String secretName, Integer age) {
        this.name = name;
        this.secretName = secretName;
        this.age = age;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSecretName() {
        return secretName;
    }

    public void setSecretName(String secretName) {
        this.secretName = secretName;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }
}
