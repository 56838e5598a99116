import Nav from "react-bootstrap/Nav";
export { Nav };

import Navbar from "react-bootstrap/Navbar";
export { Navbar };

import Form from "react-bootstrap/Form";
export { Form };

import Stack from "react-bootstrap/Stack";
export { Stack };

import Container from "react-bootstrap/Container";
export { Container };

import NavDropdown from "react-bootstrap/NavDropdown";
export { NavDropdown };

import Modal from "react-bootstrap/Modal";
export { Modal };

import Button from "react-bootstrap/Button";
export { Button };

import ListGroup from "react-bootstrap/ListGroup";
export { ListGroup };

import Row from "react-bootstrap/Row";
export { Row };

import Col from "react-bootstrap/Col";
export { Col };
